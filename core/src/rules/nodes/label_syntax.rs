//! `label-syntax`: a label key or value is not valid Kubernetes syntax exactly as Kubernetes validates it (key: optional prefix + `/` + name; the prefix a lowercase DNS-1123 subdomain ≤ 253 chars — dot-separated `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, no per-label limit —, the name ≤ 63 chars of `[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?`; value ≤ 63 chars of the same pattern, or empty)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "label-syntax",
    severity: Severity::Error,
    area: Area::Nodes,
    providers: &[],
    title: "a label key or value is not valid Kubernetes syntax exactly as Kubernetes validates it (key: optional prefix + `/` + name; the prefix a lowercase DNS-1123 subdomain ≤ 253 chars — dot-separated `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, no per-label limit —, the name ≤ 63 chars of `[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?`; value ≤ 63 chars of the same pattern, or empty)",
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
