//! `pool-nodes-per-zone`: a pool spanning n zones whose minNodes is between 1 and n − 1 leaves a zone empty (0 is a deliberate scale-from-zero pool)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "pool-nodes-per-zone",
    severity: Severity::Warning,
    area: Area::Zones,
    providers: &[],
    title: "a pool spanning n zones whose minNodes is between 1 and n − 1 leaves a zone empty (0 is a deliberate scale-from-zero pool)",
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
