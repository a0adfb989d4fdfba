//! `storage-unknown-provisioner`: provisioner not in the catalog and no `capabilities` given
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "storage-unknown-provisioner",
    severity: Severity::Warning,
    area: Area::Storage,
    providers: &[],
    title: "provisioner not in the catalog and no `capabilities` given",
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
