//! `datasets-efs`: aws: shared class not backed by EFS (`efs.csi.aws.com`)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "datasets-efs",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[Provider::Aws],
    title: "aws: shared class not backed by EFS (`efs.csi.aws.com`)",
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
