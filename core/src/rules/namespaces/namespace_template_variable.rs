//! `namespace-template-variable`: per-user mode without `${dssUserLogin}` in the template, or per-team without `${adminProperty:…}`
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "namespace-template-variable",
    severity: Severity::Error,
    area: Area::Namespaces,
    providers: &[],
    title: "per-user mode without `${dssUserLogin}` in the template, or per-team without `${adminProperty:…}`",
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
