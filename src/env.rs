//! `Client::from_env`: the credentials and address from environment variables, for
//! server jobs and containers.

use crate::{Client, ClientBuilder, Error, ServerClient, handle};

/// The shop id (required).
pub(crate) const SHOP_ID_VAR: &str = "PERSONACLICK_SHOP_ID";
/// The shop secret (optional; server-to-server calls need it).
pub(crate) const SHOP_SECRET_VAR: &str = "PERSONACLICK_SHOP_SECRET";
/// Another base URL (optional; default [`DEFAULT_BASE_URL`](crate::DEFAULT_BASE_URL)).
pub(crate) const BASE_URL_VAR: &str = "PERSONACLICK_BASE_URL";

impl Client {
    /// A client configured from `PERSONACLICK_SHOP_ID`, and `PERSONACLICK_BASE_URL` when
    /// set; the secret is not read (see [`server_from_env`](Self::server_from_env)).
    /// Fails with `Error::Config` naming the variable (never its value) when the shop id
    /// is missing or a variable is not valid Unicode.
    pub fn from_env() -> Result<Client, Error> {
        Self::builder_from_env()?.build()
    }

    /// The builder [`from_env`](Self::from_env) builds, to change more settings first.
    pub fn builder_from_env() -> Result<ClientBuilder, Error> {
        builder_from(|name| std::env::var(name))
    }

    /// The server client configured from `PERSONACLICK_SHOP_ID` and
    /// `PERSONACLICK_SHOP_SECRET`, and `PERSONACLICK_BASE_URL` when set: it reaches the
    /// server-to-server calls. Fails with `Error::Config` naming the variable (never its
    /// value) when the shop id or the secret is missing.
    pub fn server_from_env() -> Result<ServerClient, Error> {
        Self::server_builder_from_env()?.build()
    }

    /// The builder [`server_from_env`](Self::server_from_env) builds.
    pub fn server_builder_from_env() -> Result<ClientBuilder<handle::Server>, Error> {
        server_builder_from(|name| std::env::var(name))
    }
}

/// The server builder from a variable lookup: the root one and the required secret.
pub(crate) fn server_builder_from(
    lookup: impl Fn(&str) -> Result<String, std::env::VarError>,
) -> Result<ClientBuilder<handle::Server>, Error> {
    let secret = var(&lookup, SHOP_SECRET_VAR)?.ok_or_else(|| {
        Error::Config(format!(
            "the environment variable `{SHOP_SECRET_VAR}` (the shop secret) is not set"
        ))
    })?;
    Ok(builder_from(lookup)?.shop_secret(secret))
}

/// A variable's value: `None` when unset or blank.
fn var(
    lookup: &impl Fn(&str) -> Result<String, std::env::VarError>,
    name: &str,
) -> Result<Option<String>, Error> {
    match lookup(name) {
        Ok(value) if !value.trim().is_empty() => Ok(Some(value)),
        Ok(_) | Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(Error::Config(format!(
            "the environment variable `{name}` is not valid Unicode"
        ))),
    }
}

/// The builder from a variable lookup (the process environment, or a map in tests).
pub(crate) fn builder_from(
    lookup: impl Fn(&str) -> Result<String, std::env::VarError>,
) -> Result<ClientBuilder, Error> {
    let shop_id = var(&lookup, SHOP_ID_VAR)?.ok_or_else(|| {
        Error::Config(format!(
            "the environment variable `{SHOP_ID_VAR}` (the shop id) is not set"
        ))
    })?;
    let mut builder = Client::builder(shop_id);
    if let Some(url) = var(&lookup, BASE_URL_VAR)? {
        builder = builder.base_url(url);
    }
    Ok(builder)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use std::env::VarError;

    fn lookup(vars: &[(&str, &str)]) -> impl Fn(&str) -> Result<String, VarError> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned().ok_or(VarError::NotPresent)
    }

    fn from(vars: &[(&str, &str)]) -> Result<ClientBuilder, Error> {
        builder_from(lookup(vars))
    }

    #[test]
    fn the_server_client_needs_the_secret() {
        let err = server_builder_from(lookup(&[(SHOP_ID_VAR, "SHOP")])).expect_err("no secret");
        assert!(err.to_string().contains(SHOP_SECRET_VAR), "{err}");
        let server = server_builder_from(lookup(&[
            (SHOP_ID_VAR, "SHOP"),
            (SHOP_SECRET_VAR, "TOP-SECRET"),
        ]))
        .and_then(ClientBuilder::build)
        .expect("server client");
        assert!(!format!("{server:?}").contains("TOP-SECRET"));
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
        // The root client does not read the secret.
        assert!(!format!("{client:?}").contains("TOP-SECRET"));
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
