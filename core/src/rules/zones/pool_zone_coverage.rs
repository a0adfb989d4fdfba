//! `pool-zone-coverage`: a pool does not cover every zone the other pools use (volume affinity)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "pool-zone-coverage",
    severity: Severity::Warning,
    area: Area::Zones,
    providers: &[],
    title: "a pool does not cover every zone the other pools use (volume affinity)",
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
