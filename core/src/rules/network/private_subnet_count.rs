//! `private-subnet-count`: aws: fewer than 2 private subnets
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "private-subnet-count",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[Provider::Aws],
    title: "aws: fewer than 2 private subnets",
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
