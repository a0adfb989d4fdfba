//! `private-subnet-zones`: aws: private subnets in fewer than 2 distinct zones (EKS needs two)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "private-subnet-zones",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[Provider::Aws],
    title: "aws: private subnets in fewer than 2 distinct zones (EKS needs two)",
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
