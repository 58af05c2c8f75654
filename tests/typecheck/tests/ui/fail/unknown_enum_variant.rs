// leftovers is one, few, lot or lots; there is no `Plenty`.
fn main() {
    let _ = personaclick::types::ProductLeftovers::Plenty;
}
