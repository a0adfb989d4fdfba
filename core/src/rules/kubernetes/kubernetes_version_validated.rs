//! `kubernetes-version-validated`: eks below the validated version (katonic 1.30)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "kubernetes-version-validated",
    severity: Severity::Warning,
    area: Area::Kubernetes,
    providers: &[],
    title: "eks below the validated version (katonic 1.30)",
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
