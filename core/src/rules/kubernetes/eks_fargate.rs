//! `eks-fargate`: aws with `fargate: true` (no persistent volumes)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "eks-fargate",
    severity: Severity::Error,
    area: Area::Kubernetes,
    providers: &[],
    title: "aws with `fargate: true` (no persistent volumes)",
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
