//! `subnet-elb-tags`: aws, when a subnet has `tags`: public subnets need `kubernetes.io/role/elb=1`, private `kubernetes.io/role/internal-elb=1`
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "subnet-elb-tags",
    severity: Severity::Warning,
    area: Area::Network,
    providers: &[Provider::Aws],
    title: "aws, when a subnet has `tags`: public subnets need `kubernetes.io/role/elb=1`, private `kubernetes.io/role/internal-elb=1`",
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
