//! Which client handle reaches each operation. A context that some operation needs gets a
//! handle of its own, `Client<handle::Marker>`, and that operation is a method of the
//! handle's sub-clients only, so that a call made without what it needs does not compile:
//! - an operation's `x-context: <name>` says it is reached through that context's handle
//!   (a tracking event needs the visitor's device and session);
//! - a credential context (`credentials: [scheme]`) is needed by every operation whose
//!   security alternatives all hold one of its schemes (a server call needs the secret);
//!   the builder setter of such a scheme returns the builder of that handle.

use serde_json::Value;

use super::Builder;
use super::operations::{Context, ContextHandle, Operation, SecurityScheme};
use crate::diagnostic::join;
use crate::naming::{camel, snake};

/// Decides [`Operation::handle`], and the handles of the contexts and schemes that need one.
pub(super) fn assign(
    cx: &mut Builder<'_>,
    contexts: &mut [Context],
    schemes: &mut [SecurityScheme],
    ops: &mut [Operation],
) {
    let marker = |c: &Context| camel(&c.ident);
    for op in ops.iter_mut() {
        let named = match cx.extension(&op.pointer, "x-context").cloned() {
            None => None,
            Some(Value::String(name)) => match contexts.iter().find(|c| c.ident == snake(&name)) {
                Some(c) if c.credentials.is_empty() => Some(marker(c)),
                Some(_) => {
                    let text = format!(
                        "`{name}` binds credentials; an operation needs them through its `security`"
                    );
                    cx.error(join(&op.pointer, "x-context"), text);
                    None
                }
                None => {
                    cx.error(
                        join(&op.pointer, "x-context"),
                        format!(
                            "`{name}` is not a context declared in the document's `x-contexts`"
                        ),
                    );
                    None
                }
            },
            Some(_) => {
                cx.error(
                    join(&op.pointer, "x-context"),
                    "`x-context` must name a context of the document's `x-contexts`",
                );
                None
            }
        };
        // The credential context binding a scheme that every alternative needs.
        let needed = contexts.iter().find(|c| {
            !c.credentials.is_empty()
                && !op.security.is_empty()
                && op
                    .security
                    .iter()
                    .all(|alt| alt.iter().any(|s| c.credentials.contains(s)))
        });
        op.handle = match (named, needed) {
            (Some(named), Some(needed)) => {
                cx.warn(
                    join(&op.pointer, "x-context"),
                    format!(
                        "the operation also needs the credentials of context `{}`; it is reached through `{named}` only, which must hold them",
                        needed.ident
                    ),
                );
                Some(named)
            }
            (Some(named), None) => Some(named),
            (None, Some(needed)) => Some(marker(needed)),
            (None, None) => None,
        };
    }
    for context in contexts.iter_mut() {
        let name = marker(context);
        if ops
            .iter()
            .any(|o| o.handle.as_deref() == Some(name.as_str()))
        {
            context.handle = Some(ContextHandle {
                alias: format!("{name}Client"),
                marker: name.clone(),
            });
            for scheme in schemes.iter_mut() {
                if context.credentials.contains(&scheme.id) {
                    scheme.handle = Some(name.clone());
                }
            }
        }
    }
}
