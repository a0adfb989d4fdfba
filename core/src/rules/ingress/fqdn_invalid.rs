//! `fqdn-invalid`: not a valid DNS name: ≤ 253 chars, labels 1–63 of `a-z 0-9 -` not starting or ending with `-`, at least two labels, last label not all digits, not an IP address; upper case and one trailing dot are normalised, not errors
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "fqdn-invalid",
    severity: Severity::Error,
    area: Area::Ingress,
    providers: &[],
    title: "not a valid DNS name: ≤ 253 chars, labels 1–63 of `a-z 0-9 -` not starting or ending with `-`, at least two labels, last label not all digits, not an IP address; upper case and one trailing dot are normalised, not errors",
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
