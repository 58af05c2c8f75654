//! Which TLS backend the HTTP client uses, by the crate's features: `rustls` (aws-lc-rs,
//! the default), `rustls-ring`, or `native-tls`. With none of them, `https` base URLs are
//! refused when the client is built, not at the first call.

/// True when this build can speak `https`.
pub(crate) const AVAILABLE: bool = cfg!(any(
    feature = "rustls",
    feature = "rustls-ring",
    feature = "native-tls"
));

/// Refuses an `https` base URL when no TLS backend is compiled in and the client is not
/// given an HTTP client of the caller's own (whose features may differ).
pub(crate) fn check(scheme: &str, available: bool, own_client: bool) -> Result<(), String> {
    if scheme == "https" && !available && !own_client {
        return Err(
            "the base URL is https, but this build has no TLS backend: turn on one of \
                    the features `rustls`, `rustls-ring` or `native-tls`"
                .to_string(),
        );
    }
    Ok(())
}

/// Puts the chosen backend on the builder. With `rustls-ring`, a rustls configuration with
/// the ring provider and the platform's certificate verifier is given to this client only,
/// so the process-wide rustls default stays the application's choice.
pub(crate) fn configure(builder: reqwest::ClientBuilder) -> Result<reqwest::ClientBuilder, String> {
    #[cfg(feature = "rustls-ring")]
    {
        use rustls_platform_verifier::BuilderVerifierExt;
        let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
        let mut config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .and_then(BuilderVerifierExt::with_platform_verifier)
            .map_err(|e| format!("TLS (rustls with ring): {e}"))?
            .with_no_client_auth();
        config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        Ok(builder.tls_backend_preconfigured(config))
    }
    #[cfg(not(feature = "rustls-ring"))]
    Ok(builder)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_needs_a_backend_or_a_client_of_your_own() {
        assert!(check("https", false, false).is_err());
        assert!(check("https", false, true).is_ok());
        assert!(check("https", true, false).is_ok());
        assert!(check("http", false, false).is_ok());
    }

    #[test]
    fn the_chosen_backend_builds_a_client() {
        let client = configure(reqwest::Client::builder())
            .and_then(|b| b.build().map_err(|e| e.to_string()));
        assert!(client.is_ok(), "{:?}", client.err());
    }
}
