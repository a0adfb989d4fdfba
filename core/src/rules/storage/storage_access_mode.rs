//! `storage-access-mode`: the block class lacks `ReadWriteOnce`, or the shared class lacks
//! `ReadWriteMany`.
use super::provisioner_path;
use crate::input::model::AccessMode;
use crate::rules::{Area, ClassView, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "storage-access-mode",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[],
    title: "storage class lacks the access mode its role needs",
    what: "The block class must offer `ReadWriteOnce`; the shared class must offer \
`ReadWriteMany`. The access modes come from the provisioner catalog (EBS, Azure Disk, GCE PD and \
Ceph RBD offer `ReadWriteOnce` but not `ReadWriteMany`; EFS, Azure Files, Filestore, NFS, CephFS \
and Longhorn offer both), or from `capabilities.accessModes`, which replaces the catalog's list. \
The check is literal: `ReadWriteMany` or `ReadWriteOncePod` in the list does not stand in for a \
missing `ReadWriteOnce`. When the modes are unknown (an unknown provisioner, vSphere) the rule \
stays silent.",
    why: "Block volumes hold databases and execution scratch space, mounted read-write by one \
node at a time. The shared class holds project data and datasets that every node mounts at \
once: a block-only class (EBS, Azure Disk, GCE PD) cannot be attached to two nodes, so the \
second pod that mounts a dataset never starts.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Storage requirements\": \
dynamic storage \"Underlying storage provider can support `ReadWriteOnce` semantics\"; long term \
shared storage \"Can be accessed in ReadWriteMany mode from all nodes in the cluster\". Domino \
Data Lab documentation, \"Cluster requirements — Storage classes\" states both. Kubernetes \
documentation, \"Persistent Volumes — Access Modes\" \
(https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes): ReadWriteMany, \
\"the volume can be mounted as read-write by many nodes.\"",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws", "kubernetes": {"version": "1.30"},
  "storage": {"blockClass": "gp3", "sharedClass": "shared"},
  "storageClasses": [
    {"metadata": {"name": "gp3"}, "provisioner": "ebs.csi.aws.com",
     "volumeBindingMode": "WaitForFirstConsumer"},
    {"metadata": {"name": "shared"}, "provisioner": "ebs.csi.aws.com"}
  ]
}"#,
        passes: r#"{
  "provider": "aws", "kubernetes": {"version": "1.30"},
  "storage": {"blockClass": "gp3", "sharedClass": "shared"},
  "storageClasses": [
    {"metadata": {"name": "gp3"}, "provisioner": "ebs.csi.aws.com",
     "volumeBindingMode": "WaitForFirstConsumer"},
    {"metadata": {"name": "shared"}, "provisioner": "efs.csi.aws.com",
     "parameters": {"provisioningMode": "efs-ap", "fileSystemId": "fs-0123456789abcdef0"}}
  ]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    if let Some(c) = cx.block() {
        lacks(
            e,
            c,
            "block class",
            AccessMode::ReadWriteOnce,
            "use block storage (EBS, Azure Disk, GCE PD, Ceph RBD, Longhorn) for the block class",
        );
    }
    if let Some(c) = cx.shared() {
        lacks(
            e,
            c,
            "shared class",
            AccessMode::ReadWriteMany,
            "use a shared file system (EFS, Azure Files, Filestore, NFS, CephFS) for the shared class",
        );
    }
}

fn lacks(e: &mut Emitter<'_>, c: &ClassView<'_>, role: &str, mode: AccessMode, hint: &str) {
    let Some(modes) = c.caps.access_modes.as_deref() else {
        return;
    };
    if modes.contains(&mode) {
        return;
    }
    let stated = c
        .class
        .capabilities
        .as_ref()
        .is_some_and(|o| o.access_modes.is_some());
    let source = match (stated, c.class.provisioner) {
        (false, Some(p)) => msg!("provisioner `", p, '`'),
        _ => "`capabilities.accessModes`".to_string(),
    };
    let offers = if modes.is_empty() {
        msg!(source, " lists no access mode")
    } else {
        let list: Vec<String> = modes.iter().map(|m| msg!('`', m, '`')).collect();
        msg!(source, " offers only ", list.join(", "))
    };
    e.emit(
        provisioner_path(c),
        msg!(
            role,
            " `",
            c.name(),
            "` does not offer `",
            mode,
            "`, which the ",
            role,
            " needs: ",
            offers
        ),
        Some(hint.to_string()),
    );
}
