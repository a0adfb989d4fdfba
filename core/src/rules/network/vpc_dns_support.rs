//! `vpc-dns-support`: aws: `dnsSupport` or `dnsHostnames` is false (EKS needs both)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "vpc-dns-support",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[Provider::Aws],
    title: "aws: `dnsSupport` or `dnsHostnames` is false (EKS needs both)",
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
