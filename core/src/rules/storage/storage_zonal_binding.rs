//! `storage-zonal-binding`: a zonal block class binds volumes `Immediate` in a multi-zone
//! cluster.
use super::basis;
use crate::input::model::VolumeBindingMode;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "storage-zonal-binding",
    severity: Severity::Warning,
    area: Area::Storage,
    providers: &[],
    title: "zonal block storage class binds volumes before scheduling",
    what: "When the cluster spans more than one zone (distinct `availabilityZones`), a block \
class whose volumes live in one zone (EBS, Azure Disk `*_LRS`, zonal GCE PD, node-local \
volumes, or `capabilities.zonal: true`) should use `volumeBindingMode: WaitForFirstConsumer`. \
An absent `volumeBindingMode` is `Immediate`, as in Kubernetes. Regional disks (`*_ZRS` SKUs, \
`replication-type: regional-pd`) are not zonal.",
    why: "With `Immediate` binding the volume is created as soon as the claim exists, in a zone \
the provisioner picks, before the scheduler has placed the pod. In a multi-zone cluster the pod \
then often cannot run in the volume's zone (no capacity, no matching node pool there) and stays \
`Pending`. `WaitForFirstConsumer` creates the volume in the pod's zone.",
    source: "Kubernetes documentation, \"Storage Classes — Volume Binding Mode\" \
(https://kubernetes.io/docs/concepts/storage/storage-classes/#volume-binding-mode): \"For storage \
backends that are topology-constrained and not globally accessible from all Nodes in the cluster, \
PersistentVolumes will be bound or provisioned without knowledge of the Pod's scheduling \
requirements. This may result in unschedulable Pods.\" and \"A cluster administrator can address \
this issue by specifying the WaitForFirstConsumer mode which will delay the binding and \
provisioning of a PersistentVolume until a Pod using the PersistentVolumeClaim is created.\" \
Katonic documentation, \"Kubernetes — Katonic on EKS — Node pools\": \"to ensure pods are \
delivered to the zone where the required ephemeral volumes are available\"; Domino Data Lab \
documentation, \"Cluster requirements — Dynamic block storage\": its GCE PD example class sets \
`volumeBindingMode: WaitForFirstConsumer`.",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws", "kubernetes": {"version": "1.30"},
  "availabilityZones": ["us-east-1a", "us-east-1b", "us-east-1c"],
  "storage": {"blockClass": "gp3"},
  "storageClasses": [
    {"metadata": {"name": "gp3"}, "provisioner": "ebs.csi.aws.com"}
  ]
}"#,
        passes: r#"{
  "provider": "aws", "kubernetes": {"version": "1.30"},
  "availabilityZones": ["us-east-1a", "us-east-1b", "us-east-1c"],
  "storage": {"blockClass": "gp3"},
  "storageClasses": [
    {"metadata": {"name": "gp3"}, "provisioner": "ebs.csi.aws.com",
     "volumeBindingMode": "WaitForFirstConsumer"}
  ]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(c) = cx.block() else { return };
    let mode = c.class.volume_binding_mode;
    if c.caps.zonal != Some(true) || mode == Some(VolumeBindingMode::WaitForFirstConsumer) {
        return;
    }
    if cx.doc.availability_zones.is_none() {
        e.need(
            "/availabilityZones",
            "whether a zonal block class binding volumes `Immediate` spans several zones",
        );
        return;
    }
    let zones = cx.zones.len();
    if zones < 2 {
        return;
    }
    let stated = c.class.capabilities.as_ref().and_then(|o| o.zonal);
    let (path, binds) = match mode {
        Some(_) => (c.field("volumeBindingMode"), "binds volumes `Immediate`"),
        None => (
            c.field(""),
            "binds volumes `Immediate` (no `volumeBindingMode`)",
        ),
    };
    e.emit(
        path,
        msg!(
            "block class `",
            c.name(),
            "` ",
            binds,
            " in a cluster across ",
            zones,
            " zones: its volumes are zonal (",
            basis(c, "zonal", stated),
            ") and may be created in a zone where their pod cannot run"
        ),
        Some("set `volumeBindingMode: WaitForFirstConsumer`, so each volume is created in its pod's zone".to_string()),
    );
}
