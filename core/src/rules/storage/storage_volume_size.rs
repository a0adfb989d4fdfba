//! `storage-volume-size`: the block or shared class cannot provision volumes as large as the
//! profile needs.
use super::{gib, role_classes};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "storage-volume-size",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[],
    title: "storage class cannot provision volumes large enough",
    what: "The largest volume the block class and the shared class can provision must be at \
least the profile's minimum (100 GiB for katonic and domino). The maximum comes from the \
provider's documented limit for the disk type (EBS `standard` 1 TiB, gp2/gp3/io1/st1/sc1 \
16 TiB, io2 64 TiB; Azure Disk 32 TiB, Ultra and Premium v2 64 TiB; GCE PD 64 TiB; Azure Files \
5 TiB standard, 100 TiB premium or with large file shares; Filestore by tier; vSphere 62 TiB), \
or from `capabilities.maxVolumeGiB`. Elastic or server-bound storage (EFS, NFS, Ceph, Longhorn, \
local paths) has no limit the catalog knows, and the rule stays silent.",
    why: "The platform asks for volumes of 100 GiB and more for its databases, Git service and \
shared data; a class that cannot provision them leaves those claims failing at install time.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Storage requirements\", \
dynamic storage: \"Capable of provisioning volumes of at least 100GB\"; Domino Data Lab \
documentation, \"Cluster requirements — Dynamic block storage\": \"Capable of provisioning \
volumes of at least 100GB\". The largest volume of each disk type: Amazon EBS User Guide, \
\"Amazon EBS volume types\" \
(https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html); Azure documentation, \
\"Azure managed disk types\" \
(https://learn.microsoft.com/en-us/azure/virtual-machines/disks-types); Compute Engine \
documentation on Persistent Disk (https://cloud.google.com/compute/docs/disks/persistent-disks).",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "onprem", "kubernetes": {"version": "1.30"},
  "storage": {"blockClass": "kdisk"},
  "storageClasses": [
    {"metadata": {"name": "kdisk"}, "provisioner": "example.com/small-disk",
     "capabilities": {"dynamicProvisioning": true, "accessModes": ["ReadWriteOnce"],
                      "maxVolumeGiB": 64}}
  ]
}"#,
        passes: r#"{
  "provider": "onprem", "kubernetes": {"version": "1.30"},
  "storage": {"blockClass": "kdisk"},
  "storageClasses": [
    {"metadata": {"name": "kdisk"}, "provisioner": "example.com/small-disk",
     "capabilities": {"dynamicProvisioning": true, "accessModes": ["ReadWriteOnce"],
                      "maxVolumeGiB": "2Ti"}}
  ]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(min) = cx.profile.storage.min_volume_gib else {
        return;
    };
    for (role, c) in role_classes(cx) {
        let Some(max) = c.caps.max_volume_gib.filter(|&m| m < min) else {
            continue;
        };
        let stated = c
            .class
            .capabilities
            .as_ref()
            .is_some_and(|o| o.max_volume_gib.is_some());
        let source = match (stated, c.class.provisioner) {
            (false, Some(p)) => msg!("the limit of provisioner `", p, '`'),
            _ => "`capabilities.maxVolumeGiB`".to_string(),
        };
        e.emit(
            c.field(""),
            msg!(
                role,
                " `",
                c.name(),
                "` provisions volumes of at most ",
                gib(max),
                " GiB (",
                source,
                "); the ",
                cx.profile.name,
                " profile needs volumes of ",
                gib(min),
                " GiB"
            ),
            Some(msg!(
                "use a class that can provision volumes of ",
                gib(min),
                " GiB or more"
            )),
        );
    }
}
