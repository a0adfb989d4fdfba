//! `storage-ssd`: the block class is not SSD-backed.
use super::parameters_path;
use crate::catalog::provisioners::{disk_type, Family};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "storage-ssd",
    severity: Severity::Warning,
    area: Area::Storage,
    providers: &[],
    title: "block storage class not SSD-backed",
    what: "The block class should be SSD-backed. clusterfit reads the disk type from the class's \
parameters, or the driver's default when the parameter is absent:\n\n\
- EBS `type`: `gp2`, `gp3`, `io1`, `io2` are SSD; `st1`, `sc1`, `standard` are not. Default \
`gp3` for `ebs.csi.aws.com`, `gp2` for `kubernetes.io/aws-ebs`.\n\
- Azure Disk `skuName` (CSI) / `storageaccounttype` (in-tree): `Premium_*`, `PremiumV2_LRS`, \
`StandardSSD_*`, `UltraSSD_LRS` are SSD; `Standard_LRS` is not. Default `StandardSSD_LRS`.\n\
- GCE PD `type`: `pd-ssd`, `pd-balanced`, `pd-extreme`, `hyperdisk-*` are SSD; `pd-standard` \
is not, and is the default.\n\
- Azure Files `skuName` (`Premium_*` SSD, `Standard_*` not) and Filestore `tier` (`standard` \
is HDD).\n\n\
`capabilities.ssd` overrides the catalog. What the catalog cannot know (an NFS server's disks, \
a Ceph pool's devices) stays unknown and the rule silent.",
    why: "The block class holds the platform's databases, Git repositories and the scratch \
volumes of user executions; on spinning disks their random I/O is slow enough to make runs \
start slowly and the UI lag.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Storage requirements\", \
dynamic storage: \"SSD-backed recommended for fast I/O\"; Katonic documentation, \"Katonic AWS \
Private Cluster — Dynamic Block Storage\": \"For improved input and output performance, Katonic \
recommends using gp3 disks.\" Domino Data Lab documentation, \"Cluster requirements — Dynamic \
block storage\": \"SSD-backed recommended for fast I/O\". Which disk types are SSD: Amazon EBS \
User Guide, \"Amazon EBS volume types\" \
(https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html); Azure documentation, \
\"Azure managed disk types\" \
(https://learn.microsoft.com/en-us/azure/virtual-machines/disks-types); Compute Engine \
documentation on Persistent Disk (https://cloud.google.com/compute/docs/disks/persistent-disks). \
Defaults when the type is not given: AWS EBS CSI driver, \"CreateVolume Parameters\" \
(https://github.com/kubernetes-sigs/aws-ebs-csi-driver/blob/master/docs/parameters.md), `type` \
default `gp3`; Azure Disk CSI driver, \"Driver Parameters\" \
(https://github.com/kubernetes-sigs/azuredisk-csi-driver/blob/master/docs/driver-parameters.md), \
`skuName` default `StandardSSD_LRS`.",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "gcp", "kubernetes": {"version": "1.30"},
  "storage": {"blockClass": "standard"},
  "storageClasses": [
    {"metadata": {"name": "standard"}, "provisioner": "pd.csi.storage.gke.io",
     "parameters": {"type": "pd-standard"}, "volumeBindingMode": "WaitForFirstConsumer"}
  ]
}"#,
        passes: r#"{
  "provider": "gcp", "kubernetes": {"version": "1.30"},
  "storage": {"blockClass": "premium-rwo"},
  "storageClasses": [
    {"metadata": {"name": "premium-rwo"}, "provisioner": "pd.csi.storage.gke.io",
     "parameters": {"type": "pd-ssd"}, "volumeBindingMode": "WaitForFirstConsumer"}
  ]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(c) = cx.block() else { return };
    if c.caps.ssd != Some(false) {
        return;
    }
    let name = c.name();
    let stated = c.class.capabilities.as_ref().and_then(|o| o.ssd).is_some();
    let provisioner = c.class.provisioner.unwrap_or_default();
    let disk = disk_type(provisioner, c.class.parameters.as_ref());
    let message = match disk {
        Some(d) if !stated && d.defaulted => msg!(
            "block class `",
            name,
            "` is not SSD-backed: without a `",
            d.key,
            "` parameter `",
            provisioner,
            "` provisions `",
            d.value,
            "`, an HDD disk type; SSD is recommended for fast I/O"
        ),
        Some(d) if !stated => msg!(
            "block class `",
            name,
            "` is not SSD-backed: `",
            d.key,
            ": ",
            d.value,
            "` is an HDD disk type; SSD is recommended for fast I/O"
        ),
        _ => msg!(
            "block class `",
            name,
            "` is not SSD-backed (`capabilities.ssd` is false); SSD is recommended for fast I/O"
        ),
    };
    let key = disk.map_or("type", |d| d.key);
    let hint = match Family::of(provisioner) {
        Some(Family::EbsCsi | Family::EbsInTree) => {
            "set `type: gp3` (or `gp2`, `io1`, `io2`)".to_string()
        }
        Some(Family::AzureDiskCsi | Family::AzureDiskInTree) => {
            msg!("set `", key, ": Premium_LRS` (or `StandardSSD_LRS`)")
        }
        Some(Family::AzureFileCsi | Family::AzureFileInTree) => {
            msg!("set `", key, ": Premium_LRS`")
        }
        Some(Family::GcePdCsi | Family::GcePdInTree) => {
            "set `type: pd-balanced` (or `pd-ssd`)".to_string()
        }
        Some(Family::Filestore) => "set `tier: premium` (or `enterprise`)".to_string(),
        _ => "use an SSD-backed storage class for the block class".to_string(),
    };
    e.emit(parameters_path(c), message, Some(hint));
}
