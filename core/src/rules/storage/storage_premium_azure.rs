//! `storage-premium-azure`: azure block class not a premium SKU
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "storage-premium-azure",
    severity: Severity::Warning,
    area: Area::Storage,
    providers: &[Provider::Azure],
    title: "azure block class not a premium SKU",
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
