//! `node-gpu`: gpu pool with fewer than 1 gpu
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "node-gpu",
    severity: Severity::Error,
    area: Area::Nodes,
    providers: &[],
    title: "gpu pool with fewer than 1 gpu",
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
