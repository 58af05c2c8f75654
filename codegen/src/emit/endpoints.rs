//! The table from endpoint to method, in the docs of the `operations` module: every
//! operation's HTTP method and path, the call that makes it, and its summary, in path order.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Emitter, sanitize};

impl Emitter<'_> {
    /// The doc lines of the table.
    pub(super) fn endpoints_table(&self) -> TokenStream {
        // The module's outer docs resolve links from its parent: paths from the root.
        let root = self.config.root.replace(' ', "");
        let mut rows: Vec<(&str, &str, String)> = self
            .model
            .operations
            .iter()
            .filter_map(|op| {
                let tag = self.model.tags.iter().find(|t| t.name == op.tag)?;
                let summary = sanitize(&op.summary).concat().replace('|', "\\|");
                let row = format!(
                    " | `{} {}` | [`{}().{}()`]({root}::operations::{}::{}) | {} |",
                    op.http_method,
                    op.path,
                    tag.ident,
                    op.method_name,
                    tag.type_name,
                    op.method_name,
                    summary.trim()
                );
                Some((op.path.as_str(), op.http_method.as_str(), row))
            })
            .collect();
        rows.sort();
        let mut lines = vec![
            String::new(),
            " Every endpoint, with the call that makes it on a client:".to_string(),
            String::new(),
            " | endpoint | call | what it does |".to_string(),
            " |---|---|---|".to_string(),
        ];
        lines.extend(rows.into_iter().map(|(_, _, row)| row));
        quote!(#(#[doc = #lines])*)
    }
}
