//! `namespace-template`: the template, expanded for each sample login, is not a valid namespace name (DNS-1123 label: ≤ 63 chars, `a-z 0-9 -`, starts and ends alphanumeric); message names the login and the expansion
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "namespace-template",
    severity: Severity::Error,
    area: Area::Namespaces,
    providers: &[],
    title: "the template, expanded for each sample login, is not a valid namespace name (DNS-1123 label: ≤ 63 chars, `a-z 0-9 -`, starts and ends alphanumeric); message names the login and the expansion",
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
