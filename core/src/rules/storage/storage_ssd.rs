//! `storage-ssd`: block class not SSD-backed (gp2/gp3/io1/io2 are SSD, st1/sc1/standard are not; `Premium_*`, `StandardSSD_*`, `UltraSSD_LRS` are SSD, `Standard_LRS` is not; `pd-ssd`, `pd-balanced`, `pd-extreme`, `hyperdisk-*` are SSD, `pd-standard` is not)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "storage-ssd",
    severity: Severity::Warning,
    area: Area::Storage,
    providers: &[],
    title: "block class not SSD-backed (gp2/gp3/io1/io2 are SSD, st1/sc1/standard are not; `Premium_*`, `StandardSSD_*`, `UltraSSD_LRS` are SSD, `Standard_LRS` is not; `pd-ssd`, `pd-balanced`, `pd-extreme`, `hyperdisk-*` are SSD, `pd-standard` is not)",
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
