//! `VariantDisplay`: `Display` as the content of the variant held.

use proc_macro2::TokenStream as Tokens;
use syn::spanned::Spanned;
use syn::{DeriveInput, Error};

use crate::{display_variants, one_field_variants};

pub(crate) fn variant_display(input: &DeriveInput) -> syn::Result<Tokens> {
    if !input.generics.params.is_empty() {
        return Err(Error::new(
            input.generics.span(),
            "generic unions are not supported",
        ));
    }
    let variants = one_field_variants(input, "VariantDisplay")?;
    Ok(display_variants(&input.ident, &variants))
}
