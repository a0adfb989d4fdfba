//! `storage-binding-mode`: the shared class does not bind volumes `Immediate`.
use crate::input::model::VolumeBindingMode;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "storage-binding-mode",
    severity: Severity::Error,
    area: Area::Storage,
    providers: &[],
    title: "shared storage class does not bind volumes `Immediate`",
    what: "The shared class's `volumeBindingMode` must be `Immediate`. An absent \
`volumeBindingMode` is `Immediate`, as in Kubernetes; `WaitForFirstConsumer` fails.",
    why: "The installer creates the shared volumes (project data, datasets, backups) before any \
pod uses them and then mounts them from many pods on many nodes. With `WaitForFirstConsumer` a \
claim stays unbound until a pod is scheduled, so install steps that wait for the shared claim \
to be `Bound` never finish.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Storage requirements\", \
long term shared storage: \"Uses a VolumeBindingMode of Immediate\"; Domino Data Lab \
documentation, \"Cluster requirements — Long-term shared storage\" asks the same.",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "onprem", "kubernetes": {"version": "1.30"},
  "storage": {"sharedClass": "kfs"},
  "storageClasses": [
    {"metadata": {"name": "kfs"}, "provisioner": "nfs.csi.k8s.io",
     "volumeBindingMode": "WaitForFirstConsumer"}
  ]
}"#,
        passes: r#"{
  "provider": "onprem", "kubernetes": {"version": "1.30"},
  "storage": {"sharedClass": "kfs"},
  "storageClasses": [
    {"metadata": {"name": "kfs"}, "provisioner": "nfs.csi.k8s.io",
     "volumeBindingMode": "Immediate"}
  ]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(c) = cx.shared() else { return };
    if c.class.volume_binding_mode != Some(VolumeBindingMode::WaitForFirstConsumer) {
        return;
    }
    e.emit(
        c.field("volumeBindingMode"),
        msg!(
            "shared class `",
            c.name(),
            "` binds volumes `WaitForFirstConsumer`; the shared class must bind them `Immediate`"
        ),
        Some(
            "set `volumeBindingMode: Immediate`, or leave it out (Kubernetes defaults to `Immediate`)"
                .to_string(),
        ),
    );
}
