//! `backup-storage-provider`: backups not on the provider's native store (aws s3, azure azure-blob, gcp gcs; onprem s3-compatible or kfs)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "backup-storage-provider",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[],
    title: "backups not on the provider's native store (aws s3, azure azure-blob, gcp gcs; onprem s3-compatible or kfs)",
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
