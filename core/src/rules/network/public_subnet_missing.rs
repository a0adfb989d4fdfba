//! `public-subnet-missing`: aws: no public subnet (jump host and NAT gateway live there; /28 suffices)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "public-subnet-missing",
    severity: Severity::Warning,
    area: Area::Network,
    providers: &[Provider::Aws],
    title: "aws: no public subnet (jump host and NAT gateway live there; /28 suffices)",
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
