//! `subnet-outside-vpc`: subnet not inside the VPC CIDR
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "subnet-outside-vpc",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[],
    title: "subnet not inside the VPC CIDR",
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
