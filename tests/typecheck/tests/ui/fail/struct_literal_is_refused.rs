// Models are #[non_exhaustive]: build them with new() or Default outside the crate.
fn main() {
    let _ = personaclick::types::Product { ..Default::default() };
}
