// POST /crm/client_calls takes its eight required strings by name: leaving one out
// (here `status`) does not compile, and neither could two be swapped unnoticed.
use personaclick::operations::CommunicationsCreateArgs;

fn log_call(client: &personaclick::ServerClient) {
    let _ = client.communications().create(CommunicationsCreateArgs {
        channel: "phone".into(),
        event: "incoming_call".into(),
        location_id: "LOCATION_1".into(),
        call_type: "inbound".into(),
        call_theme: "delivery".into(),
        comment: "Asked about delivery".into(),
        author_type: "operator".into(),
    });
}

fn main() {}
