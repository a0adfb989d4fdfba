//! `object-store-provider`: blob, log or cost data on a store the provider does not allow.
use crate::input::model::{ObjectStoreType, Provider};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "object-store-provider",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[],
    title: "blob, log or cost data on the wrong store",
    what: "`objectStorage.blob`, `objectStorage.logs` and `objectStorage.costs` must each be on a \
store the provider allows:\n\n\
- aws: `s3`;\n\
- azure: `azure-blob` or `kfs` (the shared storage class);\n\
- gcp: `gcs` or `kfs`;\n\
- onprem: `kfs`, or an S3 bucket (`s3` or `s3-compatible`).\n\n\
Backups have their own rule, `backup-storage-provider`. A store without `type`, or a document \
without `provider`, is not checked.",
    why: "On AWS the platform writes project blobs, logs and cost data to S3 with the cluster's \
IAM identity; the installer wires nothing else. Elsewhere the shared storage class holds them, \
or the cloud's own object store; another cloud's store needs credentials and network paths the \
installer does not set up.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Native\": \"For shared \
storage, we allow for (and even require) native cloud provider object store for a few resources \
and services:\", \"Blob Storage. For AWS, the blob storage must be backed by S3\" … \"For other \
infrastructure, the Kfs storage class is used.\" and \"Logs. For AWS, the log storage must be \
backed by S3\" … \"For others, the kfs storage class is used.\"; Domino Data Lab documentation, \
\"Cluster requirements — Native\": \"Costs. For AWS only, the log storage must be backed by S3 \
(see Blob storage).\" On-premises S3: Katonic documentation, \"Kubernetes — Cluster requirements \
— Storage requirements\": \"Similarly for other cloud providers or on-premises cluster, we need \
an S3 bucket (Not necessarily aws s3 bucket) to store backups.\"",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws", "kubernetes": {"version": "1.30"},
  "objectStorage": {
    "backups": {"type": "s3", "bucket": "acme-ml-backups"},
    "blob": {"type": "kfs"}
  }
}"#,
        passes: r#"{
  "provider": "aws", "kubernetes": {"version": "1.30"},
  "objectStorage": {
    "backups": {"type": "s3", "bucket": "acme-ml-backups"},
    "blob": {"type": "s3", "bucket": "acme-ml-blobs"}
  }
}"#,
    },
    check: Some(check),
};

/// The stores this rule checks (backups have `backup-storage-provider`).
const KEYS: [&str; 3] = ["blob", "logs", "costs"];

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(provider) = cx.provider else { return };
    let Some(stores) = &cx.doc.object_storage else {
        return;
    };
    let (allowed, needs, fix): (&[ObjectStoreType], &str, &str) = match provider {
        Provider::Aws => (&[ObjectStoreType::S3], "backed by S3 (`s3`)", "`s3`"),
        Provider::Azure => (
            &[ObjectStoreType::AzureBlob, ObjectStoreType::Kfs],
            "Azure Blob Storage (`azure-blob`) or the `kfs` storage class",
            "`azure-blob` or `kfs`",
        ),
        Provider::Gcp => (
            &[ObjectStoreType::Gcs, ObjectStoreType::Kfs],
            "Cloud Storage (`gcs`) or the `kfs` storage class",
            "`gcs` or `kfs`",
        ),
        Provider::Onprem => (
            &[
                ObjectStoreType::Kfs,
                ObjectStoreType::S3,
                ObjectStoreType::S3Compatible,
            ],
            "the `kfs` storage class or an S3 bucket (`s3` or `s3-compatible`)",
            "`kfs`, `s3` or `s3-compatible`",
        ),
    };
    for (key, store) in stores.stores() {
        if !KEYS.contains(&key) {
            continue;
        }
        let Some(kind) = store.kind else { continue };
        if allowed.contains(&kind) {
            continue;
        }
        e.emit(
            msg!("/objectStorage/", key, "/type"),
            msg!(
                "the `",
                key,
                "` store is `",
                kind,
                "`; on ",
                provider,
                " it must be ",
                needs
            ),
            Some(msg!("set `objectStorage.", key, ".type` to ", fix)),
        );
    }
}
