//! `vpc-cidr-size`: VPC block smaller than the profile minimum: prefix length > 21
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "vpc-cidr-size",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[],
    title: "VPC block smaller than the profile minimum: prefix length > 21",
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
