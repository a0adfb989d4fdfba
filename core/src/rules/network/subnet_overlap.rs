//! `subnet-overlap`: two subnets overlap (reported on the later one, message names the earlier)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "subnet-overlap",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[],
    title: "two subnets overlap (reported on the later one, message names the earlier)",
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
