// Order sync is a server-to-server call: it needs the shop secret, so it is a call of the
// server handle (a client built with `.shop_secret(..)`), not of a visitor's.
use personaclick::types::SyncOrder;

fn sync(visitor: &personaclick::VisitorClient, order: SyncOrder) {
    let _ = visitor.orders().sync([order]);
}

fn main() {}
