//! `ip-capacity`: aws-vpc-cni or azure-cni, with `maxPodsPerNode` given: Σ over pools of maxNodes (else minNodes) × (maxPodsPerNode + 1) exceeds the usable private-subnet addresses (the cloud keeps 5 per subnet)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "ip-capacity",
    severity: Severity::Warning,
    area: Area::Network,
    providers: &[],
    title: "aws-vpc-cni or azure-cni, with `maxPodsPerNode` given: Σ over pools of maxNodes (else minNodes) × (maxPodsPerNode + 1) exceeds the usable private-subnet addresses (the cloud keeps 5 per subnet)",
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
