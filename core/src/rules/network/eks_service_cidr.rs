//! `eks-service-cidr`: aws: serviceCidr not inside 10/8, 172.16/12 or 192.168/16, or not between /12 and /24, or overlapping the VPC
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "eks-service-cidr",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[Provider::Aws],
    title: "aws: serviceCidr not inside 10/8, 172.16/12 or 192.168/16, or not between /12 and /24, or overlapping the VPC",
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
