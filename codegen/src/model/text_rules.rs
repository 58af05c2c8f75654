//! What a scalar schema says its values look like (a string's format, pattern and length,
//! a number's bounds), and sample values that satisfy it (for the generated wire-test
//! calls and doc examples, which a validator such as Prism checks against the spec). The
//! name is older than the number rules.

/// What a scalar schema says its values look like (read through `$ref`s, list items and
/// value-or-null unions): what a sample value must satisfy for a validator to accept it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextRules {
    /// `format` (`date-time`, `uuid`, `email`, ...).
    pub format: Option<String>,
    /// `pattern`, a regular expression.
    pub pattern: Option<String>,
    /// `minLength`.
    pub min_length: Option<u64>,
    /// `minimum` of a number, and whether it is exclusive.
    pub minimum: Option<(f64, bool)>,
    /// `maximum` of a number, and whether it is exclusive.
    pub maximum: Option<(f64, bool)>,
    /// `type: integer`: a sample number must be whole.
    pub integer: bool,
}

// The bounds come from JSON numbers, which are never NaN, so equality is total.
impl Eq for TextRules {}

impl TextRules {
    /// A string a validator accepts under these rules, when they say enough to make one:
    /// one that matches the `pattern`, else a value of the `format` where it names one that
    /// validators check; padded to `minLength`.
    pub fn sample(&self) -> Option<String> {
        let text = match (&self.pattern, self.format.as_deref()) {
            (Some(pattern), _) if let Some(text) = matching(pattern) => text,
            (_, Some(format)) if let Some(text) = format_sample(format) => text.to_string(),
            _ => return None,
        };
        Some(self.padded(text))
    }

    /// A number within `minimum` and `maximum`: `preferred` when it is, else the middle of
    /// the two bounds, or the one bound (moved inside it when exclusive); whole for integers.
    pub fn number(&self, preferred: f64) -> f64 {
        let above = |n: f64| match self.minimum {
            Some((min, true)) => n > min,
            Some((min, false)) => n >= min,
            None => true,
        };
        let below = |n: f64| match self.maximum {
            Some((max, true)) => n < max,
            Some((max, false)) => n <= max,
            None => true,
        };
        let whole = |n: f64| if self.integer { n.floor() } else { n };
        let fits = |n: f64| above(n) && below(n) && n.is_finite();
        let preferred = whole(preferred);
        if fits(preferred) {
            return preferred;
        }
        let candidates = [
            match (self.minimum, self.maximum) {
                (Some((min, _)), Some((max, _))) => Some(whole(min + (max - min) / 2.0)),
                _ => None,
            },
            self.minimum.map(|(min, _)| whole(min) + 1.0),
            self.minimum.map(|(min, _)| whole(min)),
            self.maximum.map(|(max, _)| whole(max) - 1.0),
            self.maximum.map(|(max, _)| whole(max)),
        ];
        candidates
            .into_iter()
            .flatten()
            .find(|n| fits(*n))
            .unwrap_or(preferred)
    }

    /// [`sample`](TextRules::sample), or `fallback` padded to `minLength`.
    pub fn sample_or(&self, fallback: String) -> String {
        self.sample().unwrap_or_else(|| self.padded(fallback))
    }

    fn padded(&self, mut text: String) -> String {
        let min = self.min_length.unwrap_or(0).min(4096) as usize;
        while text.chars().count() < min {
            text.push('s');
        }
        text
    }
}

fn format_sample(format: &str) -> Option<&'static str> {
    Some(match format {
        "date-time" => "2024-01-02T03:04:05Z",
        "date" => "2024-01-02",
        "time" => "03:04:05Z",
        "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "email" => "user@example.com",
        "uri" | "url" | "uri-reference" | "iri" => "https://example.com/sample",
        "hostname" => "example.com",
        "ipv4" => "192.0.2.1",
        "ipv6" => "2001:db8::1",
        "byte" => "c2FtcGxl",
        _ => return None,
    })
}

/// Whether every string `pattern` matches is written with digits, signs, a decimal point
/// and exponents only: a number written as text (`^-?[0-9]+(\.[0-9]+)?$`).
pub(super) fn is_numeric_pattern(pattern: &str) -> bool {
    use regex_syntax::hir::{Class, Hir, HirKind};
    fn numeric(c: char) -> bool {
        c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E')
    }
    fn walk(hir: &Hir, digits: &mut bool) -> bool {
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => true,
            HirKind::Literal(lit) => {
                std::str::from_utf8(&lit.0).is_ok_and(|t| t.chars().all(numeric))
            }
            HirKind::Class(Class::Unicode(class)) => {
                *digits |= class.ranges().iter().any(|r| r.start().is_ascii_digit());
                class
                    .ranges()
                    .iter()
                    .all(|r| (r.start()..=r.end()).all(numeric))
            }
            HirKind::Class(Class::Bytes(class)) => {
                *digits |= class.ranges().iter().any(|r| r.start().is_ascii_digit());
                class
                    .ranges()
                    .iter()
                    .all(|r| (r.start()..=r.end()).all(|b| numeric(char::from(b))))
            }
            HirKind::Repetition(rep) => walk(&rep.sub, digits),
            HirKind::Capture(cap) => walk(&cap.sub, digits),
            HirKind::Concat(parts) | HirKind::Alternation(parts) => {
                parts.iter().all(|p| walk(p, digits))
            }
        }
    }
    // ECMAScript's `\d` is ASCII only, as without Unicode classes here.
    let parsed = regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(pattern);
    let Ok(hir) = parsed else {
        return false;
    };
    let mut digits = false;
    walk(&hir, &mut digits) && digits
}

/// The shortest plain string the regular expression `pattern` matches (each repetition
/// its minimum, each class its first character, each alternation its first branch), when
/// the pattern parses.
fn matching(pattern: &str) -> Option<String> {
    use regex_syntax::hir::{Class, Hir, HirKind};
    fn walk(hir: &Hir, out: &mut String) -> Option<()> {
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => {}
            HirKind::Literal(lit) => out.push_str(std::str::from_utf8(&lit.0).ok()?),
            HirKind::Class(Class::Unicode(class)) => out.push(class.ranges().first()?.start()),
            HirKind::Class(Class::Bytes(class)) => {
                out.push(char::from(class.ranges().first()?.start()))
            }
            HirKind::Repetition(rep) => {
                for _ in 0..rep.min.min(256) {
                    walk(&rep.sub, out)?;
                }
            }
            HirKind::Capture(cap) => walk(&cap.sub, out)?,
            HirKind::Concat(parts) => {
                for part in parts {
                    walk(part, out)?;
                }
            }
            HirKind::Alternation(branches) => walk(branches.first()?, out)?,
        }
        Some(())
    }
    // Lookarounds (which regex-syntax does not parse) only narrow what matches: the
    // shortest match of the rest usually passes them.
    let hir = match regex_syntax::parse(pattern) {
        Ok(hir) => hir,
        Err(_) => regex_syntax::parse(&without_lookarounds(pattern)).ok()?,
    };
    let mut out = String::new();
    walk(&hir, &mut out)?;
    Some(out)
}

/// `pattern` without its `(?=..)`, `(?!..)`, `(?<=..)` and `(?<!..)` groups.
fn without_lookarounds(pattern: &str) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let rest: String = chars[i..chars.len().min(i + 4)].iter().collect();
        let look = ["(?<=", "(?<!", "(?=", "(?!"]
            .iter()
            .any(|start| rest.starts_with(start));
        if chars[i] == '\\' {
            out.extend(&chars[i..chars.len().min(i + 2)]);
            i += 2;
        } else if look {
            // Skip to the matching parenthesis, escapes and classes included.
            let mut depth = 0;
            let mut in_class = false;
            while i < chars.len() {
                match chars[i] {
                    '\\' => i += 1,
                    '[' => in_class = true,
                    ']' => in_class = false,
                    '(' if !in_class => depth += 1,
                    ')' if !in_class => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            i += 1;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{TextRules, without_lookarounds};

    fn sample_text(rules: &TextRules, name: &str) -> String {
        rules.sample_or(format!("s-{name}"))
    }

    #[test]
    fn sample_numbers_stay_within_their_bounds() {
        let bounded = |minimum, maximum, integer| TextRules {
            minimum,
            maximum,
            integer,
            ..TextRules::default()
        };
        assert_eq!(bounded(None, None, true).number(7.0), 7.0);
        assert_eq!(
            bounded(Some((0.0, false)), Some((1.0, false)), false).number(7.5),
            0.5
        );
        assert_eq!(bounded(Some((16.0, false)), None, true).number(7.0), 17.0);
        assert_eq!(
            bounded(Some((3600.0, false)), Some((3600.0, false)), true).number(7.0),
            3600.0
        );
        assert_eq!(bounded(None, Some((4.0, true)), true).number(7.0), 3.0);
        assert_eq!(
            bounded(Some((0.0, false)), Some((3.0, false)), true).number(7.0),
            1.0
        );
    }

    #[test]
    fn numeric_patterns_are_told_from_others() {
        use super::is_numeric_pattern;
        assert!(is_numeric_pattern(r"^-?[0-9]+(\.[0-9]+)?$"));
        assert!(is_numeric_pattern(r"^\d+$"));
        assert!(!is_numeric_pattern(r"^[0-9a-f]+$"));
        assert!(!is_numeric_pattern(r"^.+$"));
        assert!(!is_numeric_pattern(r"^-$"));
    }

    #[test]
    fn lookarounds_are_left_out_of_the_sample() {
        let uuid = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}$";
        let name = format!("^(?!{uuid})^[a-z]([a-zA-Z0-9-]*[a-zA-Z0-9]+)?$");
        assert_eq!(
            without_lookarounds(&name),
            "^^[a-z]([a-zA-Z0-9-]*[a-zA-Z0-9]+)?$"
        );
        assert_eq!(sample_text(&rules(None, Some(&name), None), "n"), "a");
        assert_eq!(without_lookarounds(r"a\(?=b)"), r"a\(?=b)");
    }

    fn rules(format: Option<&str>, pattern: Option<&str>, min_length: Option<u64>) -> TextRules {
        TextRules {
            format: format.map(str::to_string),
            pattern: pattern.map(str::to_string),
            min_length,
            ..TextRules::default()
        }
    }

    #[test]
    fn samples_satisfy_patterns_formats_and_lengths() {
        assert_eq!(
            sample_text(&rules(None, Some("^MG[0-9a-fA-F]{32}$"), Some(34)), "sid"),
            format!("MG{}", "0".repeat(32))
        );
        assert_eq!(
            sample_text(&rules(Some("uuid"), None, None), "id").len(),
            36
        );
        assert_eq!(
            sample_text(&rules(Some("date"), None, None), "d"),
            "2024-01-02"
        );
        assert_eq!(sample_text(&rules(None, None, Some(5)), "a"), "s-ass");
        assert_eq!(
            sample_text(&rules(None, Some("^(ab|c)+x?$"), None), "p"),
            "ab"
        );
        // A pattern that does not parse falls back to the name.
        assert_eq!(sample_text(&rules(None, Some("(["), None), "n"), "s-n");
    }
}
