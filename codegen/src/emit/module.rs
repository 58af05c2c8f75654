//! Module assembly: `pub mod operations { .. }` from the scheme statics, the client entry
//! points, the sub-clients, the request builders, the operation ids, the response decoder
//! and the mock routes, in the model's order.

use proc_macro2::{Group, TokenStream, TokenTree};
use quote::quote;

use super::Emitter;

/// Full paths and their prelude names, longest first.
const PRELUDE_PATHS: &[(&str, &str)] = &[
    ("::std::option::Option::Some", "Some"),
    ("::std::option::Option::None", "None"),
    ("::std::option::Option", "Option"),
    ("::std::result::Result::Ok", "Ok"),
    ("::std::result::Result::Err", "Err"),
    ("::std::result::Result", "Result"),
    ("::std::string::String", "String"),
    ("::std::vec::Vec", "Vec"),
    ("::std::boxed::Box", "Box"),
    ("::std::convert::Into", "Into"),
    ("::std::iter::IntoIterator", "IntoIterator"),
];

/// [`PRELUDE_PATHS`] as a [`shorten`] table.
pub(super) fn prelude_table() -> Vec<(Vec<String>, TokenStream)> {
    PRELUDE_PATHS
        .iter()
        .map(|(path, name)| {
            let path: TokenStream = path.parse().expect("a path");
            let name: TokenStream = name.parse().expect("a name");
            (path_tokens(&path), name)
        })
        .collect()
}

/// Whether a generated item is named like a prelude item (`String`, `Option`, ..), which
/// the prelude's short names would then no longer reach.
pub(super) fn shadows_prelude(name: &str) -> bool {
    PRELUDE_PATHS.iter().any(|(_, short)| *short == name)
}

/// The tokens of a path, as text (`::`, `std`, ..), to compare token by token.
pub(super) fn path_tokens(path: &TokenStream) -> Vec<String> {
    path.clone()
        .into_iter()
        .map(|t| match t {
            TokenTree::Punct(p) => p.as_char().to_string(),
            other => other.to_string(),
        })
        .collect()
}

/// Rewrites each path of `table` into its replacement, in groups too.
pub(super) fn shorten(stream: TokenStream, table: &[(Vec<String>, TokenStream)]) -> TokenStream {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    let text: Vec<String> = tokens
        .iter()
        .map(|t| match t {
            TokenTree::Punct(p) => p.as_char().to_string(),
            TokenTree::Group(_) => String::new(),
            other => other.to_string(),
        })
        .collect();
    let mut out = TokenStream::new();
    let mut i = 0;
    while i < tokens.len() {
        // After `::`, an identifier continues a path (`a::crate::..` is not `crate::..`).
        let continues = i > 1 && text[i - 1] == ":" && text[i - 2] == ":";
        let found = table.iter().find(|(path, _)| {
            !(continues && path[0] != ":")
                && text
                    .get(i..i + path.len())
                    .is_some_and(|t| t == path.as_slice())
        });
        if let Some((path, short)) = found {
            out.extend(short.clone());
            i += path.len();
            continue;
        }
        out.extend([match &tokens[i] {
            TokenTree::Group(g) => {
                let mut group = Group::new(g.delimiter(), shorten(g.stream(), table));
                group.set_span(g.span());
                TokenTree::Group(group)
            }
            other => other.clone(),
        }]);
        i += 1;
    }
    out
}

impl Emitter<'_> {
    /// `pub mod operations { ... }`.
    pub(crate) fn operations_module(&self) -> TokenStream {
        let full_rt = &self.rt;
        let rt = &self.ops_rt;
        let schemes = self.scheme_statics();
        let meta_defaults = self.meta_defaults();
        let client = self.client_impl();
        let tags = self.sub_clients();
        let ops = self.model.operations.iter().map(|op| self.operation(op));
        let decode = self.config.drift_feature.as_ref().map(|feature| {
            let body = self.decode_response_body();
            quote! {
                /// Decodes a response body of `operation` with status `status` into its typed
                /// model and encodes it back to JSON. `None` when the spec documents no JSON
                /// body for that status.
                #[cfg(feature = #feature)]
                pub fn decode_response(
                    operation: &str,
                    status: u16,
                    body: &[u8],
                ) -> ::std::option::Option<::std::result::Result<#rt::Decoded, #rt::Error>> {
                    #body
                }
            }
        });
        let routes = self.mock_routes();
        let ids = self.model.operations.iter().map(|o| &o.id);
        let root = &self.root;
        let body = quote! {
            #schemes
            #meta_defaults
            #client
            #tags
            #(#ops)*

            /// Every operation id in the spec, sorted by tag and method.
            pub const OPERATION_IDS: &[&str] = &[#(#ids),*];

            #decode

            #routes
        };
        // Short paths: prelude names for `std` items, `rt::` for the runtime, `types::` for
        // the models.
        let mut table = prelude_table();
        table.push((path_tokens(&quote!(#root::types::)), quote!(types::)));
        table.push((path_tokens(full_rt), quote!(#rt)));
        let body = shorten(body, &table);
        let body = quote! {
            use #full_rt as #rt;
            #[allow(unused_imports)]
            use #root::types;
            #body
        };
        let endpoints = self.endpoints_table();
        quote! {
            /// Request builders, one per operation, and the sub-clients that hand them out.
            #endpoints
            // Deprecated items stay deprecated for users; the generated code itself uses them.
            #[allow(deprecated)]
            pub mod operations {
                #body
            }
        }
    }
}
