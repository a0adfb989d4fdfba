//! `pool-zone-unknown`: a pool zone not in `availabilityZones`
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "pool-zone-unknown",
    severity: Severity::Error,
    area: Area::Zones,
    providers: &[],
    title: "a pool zone not in `availabilityZones`",
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
