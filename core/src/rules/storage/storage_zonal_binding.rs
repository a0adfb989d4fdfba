//! `storage-zonal-binding`: zonal block class with `Immediate` binding in a multi-zone cluster
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "storage-zonal-binding",
    severity: Severity::Warning,
    area: Area::Storage,
    providers: &[],
    title: "zonal block class with `Immediate` binding in a multi-zone cluster",
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
