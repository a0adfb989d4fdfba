//! `storage-nfs-block`: block class backed by NFS
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "storage-nfs-block",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[],
    title: "block class backed by NFS",
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
