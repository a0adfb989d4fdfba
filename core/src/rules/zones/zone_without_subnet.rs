//! `zone-without-subnet`: aws: a zone with nodes but no private subnet
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "zone-without-subnet",
    severity: Severity::Error,
    area: Area::Zones,
    providers: &[Provider::Aws],
    title: "aws: a zone with nodes but no private subnet",
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
