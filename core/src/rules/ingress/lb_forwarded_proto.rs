//! `lb-forwarded-proto`: `X-Forwarded-Proto` not set
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "lb-forwarded-proto",
    severity: Severity::Error,
    area: Area::Ingress,
    providers: &[],
    title: "`X-Forwarded-Proto` not set",
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
