//! `kubernetes-version-min`: version below the profile minimum (katonic 1.20)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "kubernetes-version-min",
    severity: Severity::Error,
    area: Area::Kubernetes,
    providers: &[],
    title: "version below the profile minimum (katonic 1.20)",
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
