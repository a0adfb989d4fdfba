//! `distribution-provider`: distribution does not run on provider (eks only aws, aks only azure, gke only gcp)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "distribution-provider",
    severity: Severity::Error,
    area: Area::Kubernetes,
    providers: &[],
    title: "distribution does not run on provider (eks only aws, aks only azure, gke only gcp)",
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
