// A certificate's status is created, active or scheduled; there is no `Blocked`.
fn main() {
    let _ = personaclick::types::CertificateDetailsStatus::Blocked;
}
