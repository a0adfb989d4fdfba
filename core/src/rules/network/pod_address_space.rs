//! `pod-address-space`: aws-vpc-cni or azure-cni (pods take subnet addresses): total private-subnet addresses < 512 (a /23); other CNIs: `podCidr` prefix length > 23
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "pod-address-space",
    severity: Severity::Warning,
    area: Area::Network,
    providers: &[],
    title: "aws-vpc-cni or azure-cni (pods take subnet addresses): total private-subnet addresses < 512 (a /23); other CNIs: `podCidr` prefix length > 23",
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
