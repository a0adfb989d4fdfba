//! `backup-storage-provider`: backups are not on the provider's native object store.
use crate::input::model::{ObjectStoreType, Provider};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "backup-storage-provider",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[],
    title: "backups not on the provider's native object store",
    what: "`objectStorage.backups.type` must be the provider's native object store: `s3` on \
aws, `azure-blob` on azure, `gcs` on gcp; on onprem an S3 bucket, `s3` or `s3-compatible` \
(MinIO, Ceph RGW, …), or `kfs` (the shared storage class).",
    why: "The platform's backup jobs use the cloud's own object store, with the cluster's cloud \
identity: S3 on AWS, Blob Storage on Azure, Cloud Storage on GCP. Backups in another cloud's \
store need credentials and network paths the installer does not set up. On-premises there is \
no native store: Katonic asks for an S3 bucket, \"not necessarily\" on AWS, or the kfs class.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Native\": \"Backups. \
For all supported cloud providers, storage for backups is backed by the native blob store. For \
on-prem, backups are backed by the kfs storage class.\", with \"AWS: S3\" and \"Azure: Azure Blob \
Storage\"; Domino Data Lab documentation, \"Cluster requirements — Native\" adds \"GCP: GCP Cloud \
Storage\". On-premises S3: Katonic documentation, \"Kubernetes — Cluster requirements — Storage \
requirements\": \"Similarly for other cloud providers or on-premises cluster, we need an S3 \
bucket (Not necessarily aws s3 bucket) to store backups.\"",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "azure", "kubernetes": {"version": "1.30"},
  "objectStorage": {"backups": {"type": "s3", "bucket": "acme-ml-backups"}}
}"#,
        passes: r#"{
  "provider": "azure", "kubernetes": {"version": "1.30"},
  "objectStorage": {"backups": {"type": "azure-blob", "bucket": "ml-backups"}}
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(provider) = cx.provider else { return };
    let Some(kind) = cx
        .doc
        .object_storage
        .as_ref()
        .and_then(|o| o.backups.as_ref())
        .and_then(|b| b.kind)
    else {
        return;
    };
    let (allowed, needs): (&[ObjectStoreType], &str) = match provider {
        Provider::Aws => (&[ObjectStoreType::S3], "the native object store `s3`"),
        Provider::Azure => (
            &[ObjectStoreType::AzureBlob],
            "the native object store `azure-blob`",
        ),
        Provider::Gcp => (&[ObjectStoreType::Gcs], "the native object store `gcs`"),
        Provider::Onprem => (
            &[
                ObjectStoreType::S3,
                ObjectStoreType::S3Compatible,
                ObjectStoreType::Kfs,
            ],
            "an S3 bucket (`s3` or `s3-compatible`) or the `kfs` storage class",
        ),
    };
    if allowed.contains(&kind) {
        return;
    }
    let fix = match provider {
        Provider::Onprem => "`s3`, `s3-compatible` or `kfs`".to_string(),
        _ => allowed
            .first()
            .map(|t| msg!('`', t, '`'))
            .unwrap_or_default(),
    };
    e.emit(
        "/objectStorage/backups/type",
        msg!(
            "backups are stored in `",
            kind,
            "`; on ",
            provider,
            " they must go to ",
            needs
        ),
        Some(msg!("set `objectStorage.backups.type` to ", fix)),
    );
}
