//! `master-pool-managed`: a master pool on aws/azure/gcp (the control plane is managed)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "master-pool-managed",
    severity: Severity::Warning,
    area: Area::Nodes,
    providers: &[],
    title: "a master pool on aws/azure/gcp (the control plane is managed)",
    what: "TODO",
    why: "TODO",
    source: "TODO",
    example: Example {
        options: "{}",
        fails: "{}",
        passes: "{}",
    },
    check: Some(check),
};

fn check(_cx: &Context<'_>, _e: &mut Emitter<'_>) {
    let _ = Provider::Aws;
}
