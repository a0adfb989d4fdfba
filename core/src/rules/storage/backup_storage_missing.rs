//! `backup-storage-missing`: `objectStorage` is described without a `backups` store.
use crate::input::model::Provider;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "backup-storage-missing",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[],
    title: "no object store for backups",
    what: "When `objectStorage` is present it must have a `backups` store. Without \
`objectStorage` the rule stays silent (under `strict`, `objectStorage` is reported as not \
described).",
    why: "The platform's backups (databases, Git, configuration) go to object storage: S3 on \
aws, Azure Blob Storage on azure, Cloud Storage on gcp, an S3-compatible store or the shared \
`kfs` class on-prem. Without a backup store configured, a lost cluster cannot be restored.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Storage requirements\": \
\"Similarly for other cloud providers or on-premises cluster, we need an S3 bucket (Not \
necessarily aws s3 bucket) to store backups.\"; \"Native\": \"Backups. For all supported cloud \
providers, storage for backups is backed by the native blob store. For on-prem, backups are \
backed by the kfs storage class.\" Katonic documentation, \"Katonic AWS Private Cluster — S3 \
Object Storage\": \"To facilitate the storage of platform backups, it is essential to create an \
Amazon S3 bucket.\" Domino Data Lab documentation, \"Cluster requirements — Native\": \"Backups. \
For all supported cloud providers, storage for backups is backed by the native blob store.\"",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws", "kubernetes": {"version": "1.30"},
  "objectStorage": {"blob": {"type": "s3", "bucket": "acme-ml-blobs"}}
}"#,
        passes: r#"{
  "provider": "aws", "kubernetes": {"version": "1.30"},
  "objectStorage": {"blob": {"type": "s3", "bucket": "acme-ml-blobs"},
                    "backups": {"type": "s3", "bucket": "acme-ml-backups"}}
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(store) = &cx.doc.object_storage else {
        e.need("/objectStorage", "where the platform's backups are stored");
        return;
    };
    if store.backups.is_some() {
        return;
    }
    let example = match cx.provider {
        Some(Provider::Azure) => r#"{"type": "azure-blob", "bucket": "ml-backups"}"#,
        Some(Provider::Gcp) => r#"{"type": "gcs", "bucket": "acme-ml-backups"}"#,
        Some(Provider::Onprem) => r#"{"type": "s3-compatible", "bucket": "ml-backups"}"#,
        Some(Provider::Aws) | None => r#"{"type": "s3", "bucket": "acme-ml-backups"}"#,
    };
    e.emit(
        "/objectStorage",
        "`objectStorage` has no `backups` store: the platform keeps its backups in object storage",
        Some(msg!(
            "add `objectStorage.backups`, for example `",
            example,
            '`'
        )),
    );
}
