//! `network-policy-unsupported`: neither the CNI nor `networkPolicy` enforces NetworkPolicy (kubenet, flannel alone, `networkPolicy: none`)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "network-policy-unsupported",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[],
    title: "neither the CNI nor `networkPolicy` enforces NetworkPolicy (kubenet, flannel alone, `networkPolicy: none`)",
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
