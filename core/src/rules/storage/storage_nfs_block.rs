//! `storage-nfs-block`: the block class is backed by NFS.
use super::{basis, provisioner_path};
use crate::catalog::provisioners::Family;
use crate::input::model::Provider;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "storage-nfs-block",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[],
    title: "block storage class backed by NFS",
    what: "The block class must not be backed by NFS: `nfs.csi.k8s.io` and every provisioner \
whose name contains `nfs`, `efs.csi.aws.com`, Filestore, Azure Files with `protocol: nfs`, or \
`capabilities.nfs: true`.\n\nWhere NFS is allowed is profile data (`storage.blockNfsAllowed`, \
per provider), and so is the severity: katonic allows an NFS block class on onprem only and \
reports it elsewhere as a warning (its guide allows NFS for both classes on-prem and names cloud \
disks for the block class on AWS and Azure); domino allows it nowhere and reports an error.",
    why: "Databases (MongoDB, Postgres) and Git need true POSIX block storage: NFS's locking, \
caching and `fsync` semantics differ, and Domino warns of \"performance degradations, \
catastrophic failures, and unexpected data loss\" when its block storage does not meet the \
requirements. On a cloud, Katonic backs the block class with the cloud's disks; an NFS block \
class there is a choice its guide does not describe.",
    source: "Domino Data Lab documentation, \"Cluster requirements — Dynamic block storage\": \
\"Are backed by true, fully POSIX-compliance block storage (i.e., NOT NFS)\"; \"On-Prem\": \"We \
expected that dominodisk is backed by block storage (not NFS)\". Katonic documentation, \
\"Kubernetes — Cluster requirements — On-Prem\": \"In on-prem environments, both kdisk and kfs \
can be backed by NFS.\"; elsewhere the Katonic guide names cloud disks, \"Storage requirements\": \
\"In AWS, EBS is used to back this storage class.\" and \"In azure, azure disk is used to back \
this storage class.\"",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws", "kubernetes": {"version": "1.30"},
  "storage": {"blockClass": "kfs", "sharedClass": "kfs-shared"},
  "storageClasses": [
    {"metadata": {"name": "kfs"}, "provisioner": "efs.csi.aws.com"},
    {"metadata": {"name": "kfs-shared"}, "provisioner": "efs.csi.aws.com"}
  ]
}"#,
        passes: r#"{
  "provider": "aws", "kubernetes": {"version": "1.30"},
  "storage": {"blockClass": "kfs", "sharedClass": "kfs-shared"},
  "storageClasses": [
    {"metadata": {"name": "kfs"}, "provisioner": "ebs.csi.aws.com"},
    {"metadata": {"name": "kfs-shared"}, "provisioner": "efs.csi.aws.com"}
  ]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(c) = cx.block() else { return };
    if c.caps.nfs != Some(true) {
        return;
    }
    let allowed = &cx.profile.storage.block_nfs_allowed;
    if allowed.get(cx.provider) == Some(&true) {
        return;
    }
    let stated = c.class.capabilities.as_ref().and_then(|o| o.nfs);
    let mut why = basis(c, "nfs", stated);
    if stated.is_none()
        && c.class
            .provisioner
            .and_then(Family::of)
            .is_some_and(Family::is_azure)
    {
        why.push_str(" with `protocol: nfs`");
    }
    // The providers where the profile allows it, in a fixed order.
    let elsewhere: Vec<&str> = Provider::ALL
        .iter()
        .filter(|p| Provider::parse(p).is_some_and(|p| allowed.get(Some(p)) == Some(&true)))
        .copied()
        .collect();
    let requirement = if elsewhere.is_empty() {
        "needs true, fully POSIX-compliant block storage for the block class".to_string()
    } else {
        let here = cx
            .provider
            .map(|p| msg!(", not on ", p))
            .unwrap_or_default();
        msg!(
            "allows an NFS block class only on ",
            elsewhere.join(" and "),
            here
        )
    };
    e.emit(
        provisioner_path(c),
        msg!(
            "block class `",
            c.name(),
            "` is backed by NFS (",
            why,
            "); the ",
            cx.profile.name,
            " profile ",
            requirement
        ),
        Some(
            "use block storage (EBS, Azure Disk, GCE PD, Ceph RBD, Longhorn) for the block class and keep NFS for the shared class"
                .to_string(),
        ),
    );
}
