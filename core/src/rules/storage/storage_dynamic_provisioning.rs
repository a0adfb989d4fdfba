//! `storage-dynamic-provisioning`: the block or shared class cannot provision volumes on demand.
use super::{basis, provisioner_path, role_classes};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "storage-dynamic-provisioning",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[],
    title: "storage class cannot provision volumes dynamically",
    what: "The block and the shared class must provision PersistentVolumes dynamically. A class \
whose provisioner is `kubernetes.io/no-provisioner` (volumes created by hand, typically local \
volumes), or whose `capabilities.dynamicProvisioning` is `false`, fails.",
    why: "The platform creates volumes on demand: one per user execution, workspace and service. \
Without a provisioner behind the class each claim waits for an administrator to create a \
matching PersistentVolume by hand, and executions hang in `Pending`.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Storage requirements\": \
dynamic storage \"Supports dynamic provisioning\"; long term shared storage \"Dynamically \
provisions Kubernetes PersistentVolume\". Domino Data Lab documentation, \"Cluster requirements — \
Storage classes\" states both for `dominodisk` and `dominoshared`.",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "onprem", "kubernetes": {"version": "1.30"},
  "storage": {"blockClass": "local-storage"},
  "storageClasses": [
    {"metadata": {"name": "local-storage"}, "provisioner": "kubernetes.io/no-provisioner",
     "volumeBindingMode": "WaitForFirstConsumer"}
  ]
}"#,
        passes: r#"{
  "provider": "onprem", "kubernetes": {"version": "1.30"},
  "storage": {"blockClass": "ceph-block"},
  "storageClasses": [
    {"metadata": {"name": "ceph-block"}, "provisioner": "rbd.csi.ceph.com"}
  ]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    for (role, c) in role_classes(cx) {
        if c.caps.dynamic_provisioning != Some(false) {
            continue;
        }
        let stated = c
            .class
            .capabilities
            .as_ref()
            .and_then(|o| o.dynamic_provisioning);
        e.emit(
            provisioner_path(c),
            msg!(
                role,
                " `",
                c.name(),
                "` cannot provision volumes dynamically (",
                basis(c, "dynamicProvisioning", stated),
                "); the platform creates its volumes on demand"
            ),
            Some(
                "use a class whose provisioner creates volumes on demand (a CSI driver), not pre-created PersistentVolumes"
                    .to_string(),
            ),
        );
    }
}
