//! `FromVariants`: `From` the content of each variant marked `#[from]`.

use proc_macro2::TokenStream as Tokens;
use syn::spanned::Spanned;
use syn::{DeriveInput, Error};

use crate::{froms, one_field_variants};

pub(crate) fn from_variants(input: &DeriveInput) -> syn::Result<Tokens> {
    if !input.generics.params.is_empty() {
        return Err(Error::new(
            input.generics.span(),
            "generic unions are not supported",
        ));
    }
    let mut marked = Vec::new();
    for (v, ty) in one_field_variants(input, "FromVariants")? {
        let mut from = false;
        for a in v.attrs.iter().filter(|a| a.path().is_ident("from")) {
            a.meta.require_path_only()?;
            if from {
                return Err(Error::new(a.span(), "`#[from]` given twice"));
            }
            from = true;
        }
        if from {
            marked.push((v, ty));
        }
    }
    Ok(froms(&input.ident, &marked))
}
