//! `private-subnet-size`: a private subnet smaller than /24: prefix length > 24 (a /25 or smaller cannot hold the pods)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "private-subnet-size",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[],
    title: "a private subnet smaller than /24: prefix length > 24 (a /25 or smaller cannot hold the pods)",
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
