//! The client's entry points: `Client::builder` with the credentials every call needs,
//! credential setters, context handles, and one sub-client per tag whose methods start
//! requests.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::operations::many_arguments;
use super::types::deprecated;
use super::{Emitter, doc};
use crate::model::{Input, Operation, ParamLocation, SecurityScheme};

impl Emitter<'_> {
    /// The statics the operation table refers to schemes by, and to the body properties
    /// that carry a scheme's value.
    pub(super) fn scheme_statics(&self) -> TokenStream {
        let rt = &self.ops_rt;
        let statics = self
            .model
            .security_schemes
            .iter()
            .map(|s| self.scheme_static(s));
        let slots = self.model.credential_slots.iter().map(|slot| {
            let ident = format_ident!("{}", slot.static_ident);
            let (id, name) = (&slot.scheme, &slot.json);
            quote! {
                static #ident: #rt::__private::SchemeMeta = #rt::__private::SchemeMeta {
                    id: #id,
                    name: #name,
                    place: #rt::__private::CredentialPlace::Body,
                };
            }
        });
        quote!(#(#statics)* #(#slots)*)
    }

    /// The static the operation table refers to a scheme by.
    fn scheme_static(&self, s: &SecurityScheme) -> TokenStream {
        let rt = &self.ops_rt;
        let ident = format_ident!("{}", s.static_ident);
        let id = &s.id;
        let name = &s.name;
        let location = match (s.basic, s.bearer, s.location) {
            (true, _, _) => quote!(#rt::__private::CredentialPlace::Basic),
            (_, true, _) => quote!(#rt::__private::CredentialPlace::Bearer),
            (_, _, ParamLocation::Header) => quote!(#rt::__private::CredentialPlace::Header),
            _ => quote!(#rt::__private::CredentialPlace::Query),
        };
        quote! {
            static #ident: #rt::__private::SchemeMeta = #rt::__private::SchemeMeta {
                id: #id,
                name: #name,
                place: #location,
            };
        }
    }

    // pub struct Client(rt::Client) { builder, <context>(..), <tag>() }
    // pub struct ClientBuilder(rt::ClientBuilder) { <scheme>(value), build(), settings }
    pub(super) fn client_impl(&self) -> TokenStream {
        let rt = &self.ops_rt;
        let global: Vec<&SecurityScheme> = self
            .model
            .security_schemes
            .iter()
            .filter(|s| self.model.global_security.contains(&s.id))
            .collect();
        // A basic scheme takes a user name and a password; any other one value.
        let args = global.iter().map(|s| {
            let ident = format_ident!("{}", s.ident);
            if s.basic {
                let (user, password) = basic_args(s);
                quote!(#user: impl ::std::convert::Into<::std::string::String>, #password: impl ::std::convert::Into<::std::string::String>)
            } else {
                quote!(#ident: impl ::std::convert::Into<::std::string::String>)
            }
        });
        let sets = global.iter().map(|s| {
            let id = &s.id;
            let ident = format_ident!("{}", s.ident);
            if s.basic {
                let (user, password) = basic_args(s);
                quote!(.basic_credential(#id, #user, #password))
            } else {
                quote!(.credential(#id, #ident))
            }
        });
        let builder_doc = if global.is_empty() {
            " A builder for a client.".to_string()
        } else {
            let names: Vec<String> = global.iter().map(|s| format!("`{}`", s.name)).collect();
            format!(
                " A builder for a client; {} is sent with every call.",
                names.join(" and ")
            )
        };
        let setters = self.model.security_schemes.iter().map(|s| {
            let ident = format_ident!("{}", s.ident);
            let id = &s.id;
            let text = format!(" Sets the `{}` credential.", s.name);
            let docs = doc(s.doc.as_deref());
            if s.basic {
                let text = format!(" Sets the `{}` credential: a user name and a password, sent as HTTP basic authentication.", s.id);
                return quote! {
                    #[doc = #text]
                    #[doc = ""]
                    #docs
                    pub fn #ident(self, username: impl ::std::convert::Into<::std::string::String>, password: impl ::std::convert::Into<::std::string::String>) -> Self {
                        ClientBuilder(self.0.basic_credential(#id, username, password))
                    }
                };
            }
            quote! {
                #[doc = #text]
                #[doc = ""]
                #docs
                pub fn #ident(self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
                    ClientBuilder(self.0.credential(#id, value))
                }
            }
        });
        let contexts = self.model.contexts.iter().map(|c| {
            let ident = format_ident!("{}", c.ident);
            let params: Vec<syn::Ident> = c.parameters.iter().map(|p| format_ident!("{}", p.ident)).collect();
            let names = c.parameters.iter().map(|p| &p.name);
            let docs = doc(c.doc.as_deref());
            let text = format!(
                " A handle whose calls send {} unless a call sets them itself. Cheap: it shares this client's connections.",
                c.parameters.iter().map(|p| format!("`{}`", p.name)).collect::<Vec<_>>().join(", ")
            );
            quote! {
                #docs
                #[doc = ""]
                #[doc = #text]
                pub fn #ident(&self, #(#params: impl ::std::convert::Into<::std::string::String>),*) -> Client {
                    Client(self.0.with_context(::std::vec![#((#names, #params.into())),*]))
                }
            }
        });
        let accessors = self.model.tags.iter().map(|t| {
            let ident = format_ident!("{}", t.ident);
            let ty = format_ident!("{}", t.type_name);
            let text = format!(" {}", t.summary);
            quote! {
                #[doc = #text]
                pub fn #ident(&self) -> #ty {
                    #ty(self.0.clone())
                }
            }
        });
        let every_scheme: Vec<_> = self
            .model
            .security_schemes
            .iter()
            .map(|s| format_ident!("{}", s.static_ident))
            .collect();
        // With an object body, each scheme goes where most operations with a body put it.
        let every_scheme_with_body = self.model.security_schemes.iter().map(|s| {
            let slot = self
                .model
                .credential_slots
                .iter()
                .find(|slot| slot.raw && slot.scheme == s.id);
            format_ident!(
                "{}",
                slot.map_or(&s.static_ident, |slot| &slot.static_ident)
            )
        });
        // Without body credentials, raw requests with a body place credentials as without.
        let (raw_body, raw_body_ref) = if self.model.credential_slots.iter().any(|s| s.raw) {
            let table = quote! {
                /// The operation table entry of raw requests with an object body.
                static RAW_BODY: #rt::__private::OperationMeta = #rt::__private::OperationMeta {
                    id: "raw",
                    security: &[&[#(&#every_scheme_with_body),*]],
                    ..META_DEFAULTS
                };
            };
            (table, quote!(RAW_BODY))
        } else {
            (quote!(), quote!(RAW))
        };
        // Raw form bodies take the API's form notation.
        let raw_form = self.model.form_brackets.then(|| {
            quote!(body_encoding: ::std::option::Option::Some(#rt::__private::BodyEncoding::FormBrackets),)
        });
        let server = &self.model.server;
        let server_doc = format!(" The API address from the spec, `{server}`.");
        let base = if server.is_empty() {
            quote!()
        } else {
            quote!(.base_url(DEFAULT_BASE_URL))
        };
        quote! {
            #[doc = #server_doc]
            pub const DEFAULT_BASE_URL: &str = #server;

            /// The operation table entry of raw requests: every scheme, each sent when the
            /// client holds it.
            static RAW: #rt::__private::OperationMeta = #rt::__private::OperationMeta {
                id: "raw",
                security: &[&[#(&#every_scheme),*]],
                #raw_form
                ..META_DEFAULTS
            };

            #raw_body

            /// A client of the API. Cheap to clone (clones share one connection pool),
            /// `Send` and `Sync`; sub-clients and request builders own a clone, so they can
            /// be kept, returned and sent to other tasks.
            #[derive(Debug, Clone)]
            pub struct Client(#rt::Client);

            impl Client {
                #[doc = #builder_doc]
                pub fn builder(#(#args),*) -> ClientBuilder {
                    ClientBuilder(#rt::ClientBuilder::new() #base #(#sets)*)
                }

                /// The base URL requests go to.
                pub fn base_url(&self) -> &str {
                    self.0.base_url()
                }
                /// A request to any path, for what this client does not describe yet:
                /// it goes through the same credentials, deadline, retries, limits and
                /// redaction as the generated operations, and answers with the JSON body.
                pub fn raw(&self, method: #rt::Method, path: impl ::std::convert::Into<::std::string::String>) -> #rt::RawRequest {
                    #rt::RawRequest::new(&self.0, &RAW, &#raw_body_ref, method, path)
                }
                #(#contexts)*
                #(#accessors)*
            }

            /// Configures a [`Client`]: credentials, address, deadlines, retries and limits.
            #[derive(Debug)]
            #[must_use]
            pub struct ClientBuilder(#rt::ClientBuilder);

            impl ClientBuilder {
                #(#setters)*

                /// Builds the client. Fails with `Error::Config` for a base URL that is not
                /// an http(s) URL, or an https one when no TLS backend is compiled in.
                pub fn build(self) -> ::std::result::Result<Client, #rt::Error> {
                    self.0.build().map(Client)
                }
            }

            #rt::client_builder_settings!(ClientBuilder);
        }
    }

    /// One sub-client per tag, with a method per operation.
    pub(super) fn sub_clients(&self) -> TokenStream {
        let rt = &self.ops_rt;
        let tags = self.model.tags.iter().map(|tag| {
            let ty = format_ident!("{}", tag.type_name);
            let docs = doc(Some(tag.doc.as_deref().unwrap_or(&tag.summary)));
            let methods = self
                .model
                .operations
                .iter()
                .filter(|o| o.tag == tag.name)
                .map(|op| self.tag_method(op));
            quote! {
                #docs
                #[derive(Debug, Clone)]
                pub struct #ty(#rt::Client);

                impl #ty {
            #(#methods)*
                }
            }
        });
        quote!(#(#tags)*)
    }

    /// The sub-client method that starts a request: its required inputs are arguments.
    fn tag_method(&self, op: &Operation) -> TokenStream {
        let ty = format_ident!("{}", op.type_name);
        let method = format_ident!("{}", op.method_name);
        let required: Vec<&Input> = op.inputs.iter().filter(|i| i.required).collect();
        // Many required inputs come in one struct of named fields.
        let (args, passes): (Vec<TokenStream>, Vec<TokenStream>) = match &op.args_type {
            Some(args_type) => {
                let args_type = format_ident!("{}", args_type);
                let passes = required
                    .iter()
                    .map(|i| {
                        let ident = format_ident!("{}", i.ident);
                        self.convert_field(i, quote!(args.#ident))
                    })
                    .collect();
                (vec![quote!(args: #args_type)], passes)
            }
            None => required
                .iter()
                .map(|i| {
                    let ident = format_ident!("{}", i.ident);
                    let (arg, _) = self.arg(&i.ty);
                    (quote!(#ident: #arg), self.convert(i, quote!(#ident)))
                })
                .unzip(),
        };
        let construct = self.construct(op, passes);
        let many = many_arguments(args.len());
        // The first line (rustdoc's summary of the method) names the endpoint.
        let line = doc(Some(&format!(
            "{} (`{} {}`).",
            op.summary, op.http_method, op.path
        )));
        let details = op.details.as_deref().map(|d| {
            let docs = doc(Some(d));
            quote!(#[doc = ""] #docs)
        });
        let deprecated = deprecated(op.deprecated);
        let example = self.doc_example(op);
        quote! {
            #line
            #details
            #example
            #deprecated
            #many
            pub fn #method(&self, #(#args),*) -> #ty {
                #construct
            }
        }
    }
}

/// The argument names of a basic scheme in `Client::builder`: `<scheme>_username` and
/// `<scheme>_password`.
fn basic_args(s: &SecurityScheme) -> (syn::Ident, syn::Ident) {
    (
        format_ident!("{}_username", s.ident.trim_start_matches("r#")),
        format_ident!("{}_password", s.ident.trim_start_matches("r#")),
    )
}
