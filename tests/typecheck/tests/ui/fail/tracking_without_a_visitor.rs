// A tracking event needs the visitor's device and session: it is a call of the visitor
// handle (`client.visitor(did, sid)`), so sending one from the root client does not compile.
use personaclick::types::{TrackItem, TrackViewEvent};

fn view(client: &personaclick::Client) {
    let _ = client.tracking().event(TrackViewEvent::new(vec![TrackItem::new("100500")]));
}

fn main() {}
