//! `cidr-overlap`: VPC, podCidr and serviceCidr overlap one another (with aws-vpc-cni, podCidr is ignored); reported on the later of the two in the order VPC, podCidr, serviceCidr
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "cidr-overlap",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[],
    title: "VPC, podCidr and serviceCidr overlap one another (with aws-vpc-cni, podCidr is ignored); reported on the later of the two in the order VPC, podCidr, serviceCidr",
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
