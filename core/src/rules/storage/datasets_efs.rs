//! `datasets-efs`: on aws, the shared class is not backed by EFS.
use crate::input::model::Provider;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

const EFS: &str = "efs.csi.aws.com";

pub static RULE: Rule = Rule {
    id: "datasets-efs",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[Provider::Aws],
    title: "aws shared storage class not backed by EFS",
    what: "On aws, the shared class (which holds the platform's datasets) must use the EFS CSI \
driver, provisioner `efs.csi.aws.com`. Any other provisioner fails, whatever its \
`capabilities`.",
    why: "Both vendors store datasets on Amazon EFS on AWS: the only AWS file system that every \
node in every zone can mount read-write at once. EBS volumes attach to one node in one zone, so \
datasets on them cannot be shared between executions.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Katonic on EKS\": \"AWS EFS \
is used to store Katonic Datasets.\"; \"Dynamic Shared Storage\": \"To enable dynamic shared \
storage, you need to provision an EFS file system and configure an access point that allows \
access from the EKS cluster.\" Katonic documentation, \"Kubernetes — Cluster requirements — \
Native\": \"Datasets. For AWS, Datasets storage must be backed by EFS\"; Domino Data Lab \
documentation, \"Cluster requirements — Native\": the same sentence.",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws", "kubernetes": {"version": "1.30"},
  "storage": {"sharedClass": "kfs-shared"},
  "storageClasses": [
    {"metadata": {"name": "kfs-shared"}, "provisioner": "nfs.csi.k8s.io"}
  ]
}"#,
        passes: r#"{
  "provider": "aws", "kubernetes": {"version": "1.30"},
  "storage": {"sharedClass": "kfs-shared"},
  "storageClasses": [
    {"metadata": {"name": "kfs-shared"}, "provisioner": "efs.csi.aws.com",
     "parameters": {"provisioningMode": "efs-ap", "fileSystemId": "fs-0123456789abcdef0"}}
  ]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(c) = cx.shared() else { return };
    let Some(p) = c.class.provisioner else {
        return;
    };
    if p == EFS {
        return;
    }
    e.emit(
        c.field("provisioner"),
        msg!(
            "shared class `",
            c.name(),
            "` uses provisioner `",
            p,
            "`; on aws datasets must be stored on EFS (`",
            EFS,
            "`)"
        ),
        Some(msg!(
            "back the shared class with the EFS CSI driver: `provisioner: ",
            EFS,
            "` with `provisioningMode: efs-ap` and your `fileSystemId`"
        )),
    );
}
