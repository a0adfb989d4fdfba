//! `aws-cidr-range`: aws: VPC and each subnet prefix between /16 and /28
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "aws-cidr-range",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[Provider::Aws],
    title: "aws: VPC and each subnet prefix between /16 and /28",
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
