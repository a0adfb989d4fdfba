//! `lb-listeners`: not both 80 and 443 forwarding to 80
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "lb-listeners",
    severity: Severity::Error,
    area: Area::Ingress,
    providers: &[],
    title: "not both 80 and 443 forwarding to 80",
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
