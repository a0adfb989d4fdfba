//! `bucket-name`: a bucket or container name breaks its store's naming rules.
use crate::input::model::ObjectStoreType;
use crate::names::bucket;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "bucket-name",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[],
    title: "invalid bucket or container name",
    what: "Each `objectStorage` store's `bucket` must follow its store type's naming rules:\n\n\
- `s3`: 3–63 characters of lowercase letters, digits, `.` and `-`; starts and ends with a \
letter or digit; no `..`; not formatted like an IPv4 address; no `xn--`, `sthree-` or \
`amzn-s3-demo-` prefix; no `-s3alias`, `--ol-s3`, `.mrap`, `--x-s3` or `--table-s3` suffix.\n\
- `s3-compatible`: the same, without the prefixes and suffixes that AWS reserves.\n\
- `azure-blob` (a container name): 3–63 characters of lowercase letters, digits and single \
hyphens; starts with a letter or digit; every hyphen between two letters or digits.\n\
- `gcs`: lowercase letters, digits, `-`, `_` and `.`; starts and ends with a letter or digit; \
3–63 characters, or up to 222 with dots, each dot-separated part at most 63; not an IPv4 \
address in dotted-decimal notation (`192.168.5.4`); no `goog` prefix; no `google` anywhere.\n\
- `kfs` (a storage class, not an object store): not checked.\n\n\
Every store is checked: `backups`, `blob`, `logs` and `costs`. A store without `type` or \
`bucket` is not checked.",
    why: "The cloud rejects an invalid name when the bucket is created, or the installer fails \
when it addresses the bucket; both happen late, after the cluster exists. Checking the name \
while the cluster is planned costs nothing.",
    source: "Amazon S3 User Guide, \"General purpose bucket naming rules\" \
(https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html): \"Bucket names \
must be between 3 (min) and 63 (max) characters long.\" … \"Bucket names must not start with the \
prefix amzn-s3-demo-.\", \"Bucket names must not end with the suffix .mrap.\", \"Bucket names \
must not end with the suffix --x-s3.\" and \"Bucket names must not end with the suffix \
--table-s3.\"; Azure Storage, \"Naming and Referencing Containers, Blobs, and \
Metadata\" \
(https://learn.microsoft.com/en-us/rest/api/storageservices/naming-and-referencing-containers--blobs--and-metadata): \
\"All letters in a container name must be lowercase.\" and \"Container names must be from 3 \
through 63 characters long.\"; Google Cloud Storage documentation, bucket names \
(https://cloud.google.com/storage/docs/buckets#naming): \"Bucket names must contain 3 to 63 \
characters. Names containing dots can contain up to 222 characters, but each dot-separated \
component can be no longer than 63 characters.\" and \"Bucket names cannot be represented as an \
IP address in dotted-decimal notation (for example, 192.168.5.4).\" The stores themselves: \
Katonic documentation, \"Kubernetes — Katonic on EKS\": \"AWS S3 is used to store user data, \
internal Docker registry, backups, and logs\".",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws", "kubernetes": {"version": "1.30"},
  "objectStorage": {"backups": {"type": "s3", "bucket": "Acme_ML_Backups"}}
}"#,
        passes: r#"{
  "provider": "aws", "kubernetes": {"version": "1.30"},
  "objectStorage": {"backups": {"type": "s3", "bucket": "acme-ml-backups"}}
}"#,
    },
    check: Some(check),
};

type Check = fn(&str) -> Result<(), String>;

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(stores) = &cx.doc.object_storage else {
        return;
    };
    for (key, store) in stores.stores() {
        let (Some(kind), Some(name)) = (store.kind, store.bucket) else {
            continue;
        };
        let (what, valid, rules): (&str, Check, &str) = match kind {
            ObjectStoreType::S3 => (
                "bucket",
                bucket::s3,
                "S3 bucket names have 3–63 lowercase letters, digits, dots and hyphens and start and end with a letter or digit",
            ),
            ObjectStoreType::S3Compatible => (
                "bucket",
                bucket::s3_compatible,
                "S3 bucket names have 3–63 lowercase letters, digits, dots and hyphens and start and end with a letter or digit",
            ),
            ObjectStoreType::AzureBlob => (
                "container",
                bucket::azure_container,
                "container names have 3–63 lowercase letters, digits and single hyphens and start with a letter or digit",
            ),
            ObjectStoreType::Gcs => (
                "bucket",
                bucket::gcs,
                "GCS bucket names have 3–63 lowercase letters, digits, `-`, `_` and `.` and start and end with a letter or digit",
            ),
            ObjectStoreType::Kfs => continue,
        };
        let Err(reason) = valid(name) else { continue };
        let store_name = match kind {
            ObjectStoreType::S3 => "an S3 bucket",
            ObjectStoreType::S3Compatible => "an S3-compatible bucket",
            ObjectStoreType::AzureBlob => "an Azure Blob container",
            _ => "a GCS bucket",
        };
        let hint = match suggest(name, kind).filter(|s| valid(s).is_ok()) {
            Some(s) => msg!(rules, ", for example `", s, '`'),
            None => rules.to_string(),
        };
        e.emit(
            msg!("/objectStorage/", key, "/bucket"),
            msg!(
                "the `",
                key,
                "` ",
                what,
                " `",
                name,
                "` is not a valid name for ",
                store_name,
                ": ",
                reason
            ),
            Some(hint),
        );
    }
}

/// A close valid-looking name: lowercase, other characters as `-`, runs of `-` and `.` folded,
/// letters or digits at both ends, cut to 63. The caller checks it.
fn suggest(name: &str, kind: ObjectStoreType) -> Option<String> {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let c = c.to_ascii_lowercase();
        let c = match c {
            'a'..='z' | '0'..='9' | '-' => c,
            '.' if kind != ObjectStoreType::AzureBlob => c,
            '_' if kind == ObjectStoreType::Gcs => c,
            _ => '-',
        };
        let prev = out.chars().next_back();
        if matches!(c, '-' | '.') && matches!(prev, Some('-' | '.')) {
            continue;
        }
        out.push(c);
    }
    let trimmed: String = out
        .trim_matches(|c: char| !c.is_ascii_alphanumeric())
        .chars()
        .take(63)
        .collect();
    let trimmed = trimmed.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
    (trimmed != name && !trimmed.is_empty()).then(|| trimmed.to_string())
}
