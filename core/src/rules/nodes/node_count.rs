//! `node-count`: minNodes below the role's minimum is an error (domino platform 3); maxNodes above the role's maximum (domino platform 3) and minNodes below a *recommended* minimum (domino compute 1) are warnings
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "node-count",
    severity: Severity::Error,
    area: Area::Nodes,
    providers: &[],
    title: "minNodes below the role's minimum is an error (domino platform 3); maxNodes above the role's maximum (domino platform 3) and minNodes below a *recommended* minimum (domino compute 1) are warnings",
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
