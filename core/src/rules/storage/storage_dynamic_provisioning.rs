//! `storage-dynamic-provisioning`: the class cannot provision dynamically (`kubernetes.io/no-provisioner`)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "storage-dynamic-provisioning",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[],
    title: "the class cannot provision dynamically (`kubernetes.io/no-provisioner`)",
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
