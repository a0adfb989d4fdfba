//! `storage-any-node`: the block class keeps each volume on one node.
use super::{basis, provisioner_path};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "storage-any-node",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[],
    title: "block storage class bound to one node",
    what: "The block class's volumes must be mountable on any node. Node-local provisioners \
fail: `rancher.io/local-path`, the host-path provisioners (`kubernetes.io/host-path`, \
`hostpath.csi.k8s.io`, minikube's, microk8s's, Docker Desktop's), `openebs.io/local` and \
`kubernetes.io/no-provisioner` (local volumes), as does `capabilities.anyNode: false`.",
    why: "A node-local volume pins its pod to the node that holds the disk. When that node is \
drained, replaced or scaled away, the platform's databases and the user's execution cannot be \
rescheduled elsewhere and their data is lost with the node.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Storage requirements\", \
dynamic storage: \"Can be mounted on any node in the cluster\"; \"On-Prem\": \"Host volumes can \
be used for Runs, but not preferred since we want leverage files cached in block storage that can \
move between nodes.\" Domino Data Lab documentation, \"Cluster requirements — Dynamic block \
storage\": \"Can be mounted on any node in the cluster\"; \"On-Prem\": \"network-attached block \
storage is preferred to leverage files cached in block storage that is portable between nodes.\"",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "onprem", "kubernetes": {"version": "1.30"},
  "storage": {"blockClass": "local-path"},
  "storageClasses": [
    {"metadata": {"name": "local-path"}, "provisioner": "rancher.io/local-path",
     "volumeBindingMode": "WaitForFirstConsumer"}
  ]
}"#,
        passes: r#"{
  "provider": "onprem", "kubernetes": {"version": "1.30"},
  "storage": {"blockClass": "longhorn"},
  "storageClasses": [
    {"metadata": {"name": "longhorn"}, "provisioner": "driver.longhorn.io"}
  ]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(c) = cx.block() else { return };
    if c.caps.any_node != Some(false) {
        return;
    }
    let stated = c.class.capabilities.as_ref().and_then(|o| o.any_node);
    e.emit(
        provisioner_path(c),
        msg!(
            "block class `",
            c.name(),
            "` keeps each volume on one node (",
            basis(c, "anyNode", stated),
            "); the block class must be mountable on any node"
        ),
        Some(
            "use network-attached block storage (EBS, Azure Disk, GCE PD, Ceph RBD, Longhorn) for the block class"
                .to_string(),
        ),
    );
}
