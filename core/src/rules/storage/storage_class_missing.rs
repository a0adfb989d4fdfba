//! `storage-class-missing`: the block or shared class is not among `storageClasses`
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "storage-class-missing",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[],
    title: "the block or shared class is not among `storageClasses`",
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
