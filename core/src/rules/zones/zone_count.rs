//! `zone-count`: number of distinct `availabilityZones` not allowed (2 is never allowed: even number of nodes in one failure domain)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "zone-count",
    severity: Severity::Error,
    area: Area::Zones,
    providers: &[],
    title: "number of distinct `availabilityZones` not allowed (2 is never allowed: even number of nodes in one failure domain)",
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
