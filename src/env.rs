//! `Client::from_env`: the credentials and address from environment variables, for
//! server jobs and containers.

use crate::{Client, ClientBuilder, Error};

/// The shop id (required).
pub(crate) const SHOP_ID_VAR: &str = "PERSONACLICK_SHOP_ID";
/// The shop secret (optional; server-to-server calls need it).
pub(crate) const SHOP_SECRET_VAR: &str = "PERSONACLICK_SHOP_SECRET";
/// Another base URL (optional; default [`DEFAULT_BASE_URL`](crate::DEFAULT_BASE_URL)).
pub(crate) const BASE_URL_VAR: &str = "PERSONACLICK_BASE_URL";

impl Client {
    /// A client configured from `PERSONACLICK_SHOP_ID`, and `PERSONACLICK_SHOP_SECRET` and
    /// `PERSONACLICK_BASE_URL` when set. Fails with `Error::Config` naming the variable
    /// (never its value) when the shop id is missing or a variable is not valid Unicode.
    pub fn from_env() -> Result<Client, Error> {
        Self::builder_from_env()?.build()
    }

    /// The builder [`from_env`](Self::from_env) builds, to change more settings first.
    pub fn builder_from_env() -> Result<ClientBuilder, Error> {
        builder_from(|name| std::env::var(name))
    }
}

/// The builder from a variable lookup (the process environment, or a map in tests).
pub(crate) fn builder_from(
    lookup: impl Fn(&str) -> Result<String, std::env::VarError>,
) -> Result<ClientBuilder, Error> {
    let read = |name: &str| match lookup(name) {
        Ok(value) if !value.trim().is_empty() => Ok(Some(value)),
        Ok(_) | Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(Error::Config(format!(
            "the environment variable `{name}` is not valid Unicode"
        ))),
    };
    let shop_id = read(SHOP_ID_VAR)?.ok_or_else(|| {
        Error::Config(format!(
            "the environment variable `{SHOP_ID_VAR}` (the shop id) is not set"
        ))
    })?;
    let mut builder = Client::builder(shop_id);
    if let Some(secret) = read(SHOP_SECRET_VAR)? {
        builder = builder.shop_secret(secret);
    }
    if let Some(url) = read(BASE_URL_VAR)? {
        builder = builder.base_url(url);
    }
    Ok(builder)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use std::env::VarError;

    fn from(vars: &[(&str, &str)]) -> Result<ClientBuilder, Error> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        builder_from(|name| map.get(name).cloned().ok_or(VarError::NotPresent))
    }

    #[test]
    fn reads_the_shop_and_the_address() {
        let client = from(&[
            (SHOP_ID_VAR, "SHOP"),
            (SHOP_SECRET_VAR, "TOP-SECRET"),
            (BASE_URL_VAR, "http://127.0.0.1:9"),
        ])
        .and_then(ClientBuilder::build)
        .expect("client");
        assert_eq!(client.base_url(), "http://127.0.0.1:9");
        assert!(!format!("{client:?}").contains("TOP-SECRET"));
    }

    #[test]
    fn a_missing_shop_id_names_the_variable() {
        let err = from(&[(SHOP_SECRET_VAR, "TOP-SECRET")]).expect_err("no shop id");
        let text = err.to_string();
        assert!(text.contains(SHOP_ID_VAR), "{text}");
        assert!(!text.contains("TOP-SECRET"));
        assert!(from(&[(SHOP_ID_VAR, "  ")]).is_err(), "blank is missing");
    }
}
