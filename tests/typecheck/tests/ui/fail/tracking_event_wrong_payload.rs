// tracking().event(..) takes one of the typed events (view, category, search, cart, ...);
// a custom event has its own call, tracking().custom_event(name).
fn custom(client: &personaclick::VisitorClient) {
    let _ = client.tracking().event(personaclick::types::TrackCustomEvent::new("my_event"));
}

fn main() {}
