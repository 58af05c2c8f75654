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
        // A credential every call needs may make a handle of its own (a credential
        // context binds it): the client built with it is that handle.
        let builder_handle = handle_type(global.iter().find_map(|s| s.handle.as_deref()));
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
            // A scheme a credential context binds makes the client that context's handle.
            let (returns, handle_doc) = match s.handle.as_deref() {
                Some(marker) => {
                    let h = handle_type(Some(marker));
                    let text = format!(" The client built holds it, so it is a [`Client<handle::{marker}>`](handle::{marker}): the calls that need it are reached through it.");
                    (quote!(ClientBuilder<#h>), quote!(#[doc = ""] #[doc = #text]))
                }
                None => (quote!(Self), quote!()),
            };
            if s.basic {
                let text = format!(" Sets the `{}` credential: a user name and a password, sent as HTTP basic authentication.", s.id);
                return quote! {
                    #[doc = #text]
                    #[doc = ""]
                    #docs
                    pub fn #ident(self, username: impl ::std::convert::Into<::std::string::String>, password: impl ::std::convert::Into<::std::string::String>) -> #returns {
                        ClientBuilder(self.0.basic_credential(#id, username, password), ::std::marker::PhantomData)
                    }
                };
            }
            quote! {
                #[doc = #text]
                #[doc = ""]
                #docs
                #handle_doc
                pub fn #ident(self, value: impl ::std::convert::Into<::std::string::String>) -> #returns {
                    ClientBuilder(self.0.credential(#id, value), ::std::marker::PhantomData)
                }
            }
        });
        let contexts = self.model.contexts.iter().filter(|c| !c.parameters.is_empty()).map(|c| {
            let ident = format_ident!("{}", c.ident);
            let params: Vec<syn::Ident> = c.parameters.iter().map(|p| format_ident!("{}", p.ident)).collect();
            let names = c.parameters.iter().map(|p| &p.name);
            let docs = doc(c.doc.as_deref());
            // A context some calls need is a handle type of its own; another keeps the handle.
            let returns = match &c.handle {
                Some(h) => {
                    let h = handle_type(Some(&h.marker));
                    quote!(Client<#h>)
                }
                None => quote!(Client<H>),
            };
            let text = format!(
                " A handle whose calls send {} unless a call sets them itself. Cheap: it shares this client's connections.",
                c.parameters.iter().map(|p| format!("`{}`", p.name)).collect::<Vec<_>>().join(", ")
            );
            quote! {
                #docs
                #[doc = ""]
                #[doc = #text]
                pub fn #ident(&self, #(#params: impl ::std::convert::Into<::std::string::String>),*) -> #returns {
                    Client(#rt::__private::Handle::new(self.0.with_context(::std::vec![#((#names, #params.into())),*])))
                }
            }
        });
        let accessors = self.accessors();
        let handles = self.handles();
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

            #handles

            /// A client of the API. Cheap to clone (clones share one connection pool),
            /// `Send` and `Sync`; sub-clients and request builders own a clone, so they can
            /// be kept, returned and sent to other tasks.
            ///
            /// `H` is the [`handle`] it is: which calls it reaches. [`Client::builder`]
            /// gives the [`handle::Root`] client.
            #[derive(Debug, Clone)]
            pub struct Client<H = handle::Root>(#rt::__private::Handle<H>);

            impl Client {
                #[doc = #builder_doc]
                pub fn builder(#(#args),*) -> ClientBuilder<#builder_handle> {
                    ClientBuilder(#rt::ClientBuilder::new() #base #(#sets)*, ::std::marker::PhantomData)
                }
            }

            impl<H> Client<H> {
                /// This client as the root handle, with the same credentials, context and
                /// settings: for code that takes a plain [`Client`].
                pub fn to_root(&self) -> Client {
                    Client(self.0.to())
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
            }

            #accessors

            /// Configures a [`Client`]: credentials, address, deadlines, retries and limits.
            /// `H` is the [`handle`] the client built will be.
            #[derive(Debug)]
            #[must_use]
            pub struct ClientBuilder<H = handle::Root>(#rt::ClientBuilder, ::std::marker::PhantomData<fn() -> H>);

            impl<H> ClientBuilder<H> {
                #(#setters)*

                /// Builds the client. Fails with `Error::Config` for a base URL that is not
                /// an http(s) URL, or an https one when no TLS backend is compiled in.
                pub fn build(self) -> ::std::result::Result<Client<H>, #rt::Error> {
                    self.0.build().map(|c| Client(#rt::__private::Handle::new(c)))
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
            // One impl block per handle: every handle's calls first, then each handle's own.
            let blocks = tag.handles.iter().map(|handle| {
                let methods = self
                    .model
                    .operations
                    .iter()
                    .filter(|o| o.tag == tag.name && o.handle == *handle)
                    .map(|op| self.tag_method(op));
                match handle {
                    None => quote!(impl<H> #ty<H> { #(#methods)* }),
                    Some(marker) => {
                        let h = handle_type(Some(marker));
                        quote!(impl #ty<#h> { #(#methods)* })
                    }
                }
            });
            quote! {
                #docs
                #[derive(Debug, Clone)]
                pub struct #ty<H = handle::Root>(#rt::__private::Handle<H>);

                #(#blocks)*
            }
        });
        quote!(#(#tags)*)
    }

    /// The `handle` module (a marker type per handle) and an alias per handle client.
    fn handles(&self) -> TokenStream {
        let handled: Vec<_> = self
            .model
            .contexts
            .iter()
            .filter_map(|c| c.handle.as_ref().map(|h| (c, h)))
            .collect();
        let markers = handled.iter().map(|(c, h)| {
            let m = format_ident!("{}", h.marker);
            let docs = doc(c.doc.as_deref());
            let how = if c.parameters.is_empty() {
                let setters: Vec<String> = self
                    .model
                    .security_schemes
                    .iter()
                    .filter(|s| c.credentials.contains(&s.id))
                    .map(|s| format!("`ClientBuilder::{}`", s.ident))
                    .collect();
                format!(
                    " A client built with {} is this handle.",
                    setters.join(" or ")
                )
            } else {
                format!(
                    " [`Client::{0}`](super::Client::{0}) gives this handle.",
                    c.ident
                )
            };
            quote! {
                #docs
                #[doc = ""]
                #[doc = #how]
                #[derive(Debug, Clone, Copy)]
                pub enum #m {}
            }
        });
        let aliases = handled.iter().map(|(_, h)| {
            let m = format_ident!("{}", h.marker);
            let alias = format_ident!("{}", h.alias);
            let text = format!(" The client of the [`handle::{}`] handle.", h.marker);
            quote! {
                #[doc = #text]
                pub type #alias = Client<handle::#m>;
            }
        });
        quote! {
            /// What a [`Client`] is a handle of, as its type parameter: each handle reaches
            /// the calls every handle reaches, and the calls that need what it holds.
            pub mod handle {
                /// The client as [`Client::builder`](super::Client::builder) makes it.
                #[derive(Debug, Clone, Copy)]
                pub enum Root {}
                #(#markers)*
            }
            #(#aliases)*
        }
    }

    /// The sub-client accessors: on every handle for a tag with calls every handle
    /// reaches, else on each handle that reaches some of its calls.
    fn accessors(&self) -> TokenStream {
        let mut generic = Vec::new();
        let mut by_handle: std::collections::BTreeMap<&str, Vec<TokenStream>> = Default::default();
        for t in &self.model.tags {
            let ident = format_ident!("{}", t.ident);
            let ty = format_ident!("{}", t.type_name);
            let text = format!(" {}", t.summary);
            if t.handles.contains(&None) {
                generic.push(quote! {
                    #[doc = #text]
                    pub fn #ident(&self) -> #ty<H> {
                        #ty(self.0.clone())
                    }
                });
                continue;
            }
            for marker in t.handles.iter().flatten() {
                let h = handle_type(Some(marker));
                by_handle.entry(marker).or_default().push(quote! {
                    #[doc = #text]
                    pub fn #ident(&self) -> #ty<#h> {
                        #ty(self.0.clone())
                    }
                });
            }
        }
        let specific = by_handle.into_iter().map(|(marker, methods)| {
            let h = handle_type(Some(marker));
            quote!(impl Client<#h> { #(#methods)* })
        });
        quote! {
            impl<H> Client<H> { #(#generic)* }
            #(#specific)*
        }
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

/// The path of a handle marker in the operations module: `handle::Visitor`, or
/// `handle::Root` for `None`.
pub(super) fn handle_type(marker: Option<&str>) -> TokenStream {
    let m = format_ident!("{}", marker.unwrap_or("Root"));
    quote!(handle::#m)
}

/// The argument names of a basic scheme in `Client::builder`: `<scheme>_username` and
/// `<scheme>_password`.
fn basic_args(s: &SecurityScheme) -> (syn::Ident, syn::Ident) {
    (
        format_ident!("{}_username", s.ident.trim_start_matches("r#")),
        format_ident!("{}_password", s.ident.trim_start_matches("r#")),
    )
}
