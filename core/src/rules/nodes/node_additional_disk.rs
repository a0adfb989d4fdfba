//! `node-additional-disk`: additional disk below minimum (missing counts as 0)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "node-additional-disk",
    severity: Severity::Error,
    area: Area::Nodes,
    providers: &[],
    title: "additional disk below minimum (missing counts as 0)",
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
