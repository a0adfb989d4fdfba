//! `storage-unknown-provisioner`: a class whose provisioner the catalog does not know, with no
//! `capabilities`.
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "storage-unknown-provisioner",
    severity: Severity::Warning,
    area: Area::Storage,
    providers: &[],
    title: "storage provisioner unknown to clusterfit",
    what: "Every class in `storageClasses` (not only the block and shared classes) whose \
provisioner is not in clusterfit's provisioner catalog and which states no `capabilities`. \
The catalog knows the EBS, EFS, Azure Disk, Azure Files, GCE PD and Filestore drivers (CSI and \
in-tree), NFS provisioners (any name containing `nfs`), Ceph RBD and CephFS (also the \
`openshift-storage.` forms), Longhorn, vSphere, local-path and host-path provisioners and \
`kubernetes.io/no-provisioner`.",
    why: "clusterfit infers what a class can do (dynamic provisioning, access modes, SSD, NFS, \
zonal volumes, size limit) from its provisioner. For an unknown one it knows nothing, so every \
storage rule stays silent about that class: the report would look clean without having checked \
it. Stating `capabilities` tells clusterfit what the class offers.",
    source: "Kubernetes documentation, \"Storage Classes — Provisioner\" \
(https://kubernetes.io/docs/concepts/storage/storage-classes/#provisioner): \"Each StorageClass \
has a provisioner that determines what volume plugin is used for provisioning PVs.\" What a \
provisioner offers is what the vendors' storage requirements are checked against, Katonic \
documentation, \"Kubernetes — Cluster requirements — Storage requirements\": \"This storage needs \
to be backed by a storage class with the following properties\".",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "onprem", "kubernetes": {"version": "1.30"},
  "storageClasses": [
    {"metadata": {"name": "fast"}, "provisioner": "csi.example.com"}
  ]
}"#,
        passes: r#"{
  "provider": "onprem", "kubernetes": {"version": "1.30"},
  "storageClasses": [
    {"metadata": {"name": "fast"}, "provisioner": "csi.example.com",
     "capabilities": {"dynamicProvisioning": true, "accessModes": ["ReadWriteOnce"],
                      "ssd": true, "nfs": false, "anyNode": true}}
  ]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    for c in &cx.classes {
        if c.known || c.class.capabilities.is_some() {
            continue;
        }
        let Some(p) = c.class.provisioner else {
            continue;
        };
        let class = match c.class.name {
            Some(n) => msg!("class `", n, '`'),
            None => msg!('`', crate::input::display(&c.class.path), '`'),
        };
        e.emit(
            c.field("provisioner"),
            msg!(
                "provisioner `",
                p,
                "` of ",
                class,
                " is not in clusterfit's catalog and the class states no `capabilities`: the storage rules cannot check it"
            ),
            Some(
                "describe the class in `capabilities`, for example `{\"dynamicProvisioning\": true, \"accessModes\": [\"ReadWriteOnce\"], \"ssd\": true, \"nfs\": false, \"anyNode\": true}`"
                    .to_string(),
            ),
        );
    }
}
