//! `peered-cidr-overlap`: VPC, podCidr or serviceCidr overlaps a `peeredCidrs` entry
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "peered-cidr-overlap",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[],
    title: "VPC, podCidr or serviceCidr overlaps a `peeredCidrs` entry",
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
