//! `node-boot-disk`: boot disk below minimum (with tolerance)
use super::common::{each_short, gib, Size};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "node-boot-disk",
    severity: Severity::Error,
    area: Area::Nodes,
    providers: &[],
    title: "node pool with a smaller boot disk than its role needs",
    what: "Each node pool's `bootDisk` (the OS drive) against the profile's minimum for the \
pool's role (worker roles the worker minimum, `master` the master minimum, `other` pools not \
sized), with the profile's size tolerance (7.5 % in the built-in profiles). An absent \
`bootDisk` is unknown.",
    why: "Container images and logs live on the boot disk. A disk that is too small fills up, \
the kubelet starts evicting pods under disk pressure, and image pulls fail; Domino's compute \
nodes pull large environment images, hence their 400 GB.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Node requirements\" \
table: OS Drive \">=30Gb\" for \"Master Nodes\" and \"Worker Node\" (the same in the EKS and AKS \
tables). Domino Data Lab documentation, \"Cluster requirements — Platform pool requirements\": \
\"Boot Disk: 128GB\"; \"Compute pool requirements\": \"Boot Disk: 400GB\"; \"Optional GPU compute \
pool\": \"Boot Disk: 400GB\".",
    example: Example {
        options: r#"{"profile": "domino"}"#,
        fails: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "compute", "role": "compute", "bootDisk": 100}]
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "compute", "role": "compute", "bootDisk": 400}]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    each_short(cx, e, Size::BootDisk, |e, s| {
        let (role, min) = (s.role, gib(s.min));
        e.emit(
            s.at.path,
            msg!(
                s.pool.label(),
                " has a ",
                s.at.value,
                " boot disk, the ",
                cx.profile.name,
                " profile needs ",
                min,
                " GiB for `",
                role,
                "` pools"
            ),
            Some(msg!(
                "make the boot disk of `",
                role,
                "` nodes at least ",
                min,
                " GiB"
            )),
        );
    });
}
