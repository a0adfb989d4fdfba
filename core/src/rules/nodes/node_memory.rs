//! `node-memory`: memory below minimum (with tolerance)
use super::common::{each_short, gib, Size};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "node-memory",
    severity: Severity::Error,
    area: Area::Nodes,
    providers: &[],
    title: "node pool with less memory than its role needs",
    what: "Each node pool's memory per node (`memory`, or the memory of its `instanceType` from \
the built-in instance catalog when `memory` is absent) against the profile's minimum for the \
pool's role (worker roles the worker minimum, `master` the master minimum, `other` pools not \
sized). The profile's size tolerance applies (7.5 % in the built-in profiles): a value passes \
when it is at least (1 − tolerance) × the requirement, so `32G`, `32Gi` and a node's reported \
capacity `32120644Ki` all meet \"32 GB\". A profile may also state a *recommended* minimum \
(domino: 32 GiB for `compute` and 16 GiB for `gpu` pools, its guide's \"recommended min spec\"): \
below it the finding is a warning and says \"recommends\"; a required minimum that is not met \
stays an error. Absent memory with no known instance type is unknown.",
    why: "The platform's pods request memory sized for these nodes; with less, they cannot be \
scheduled or are killed when the node runs out of memory.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Node requirements\" \
table: row \"Master Nodes\", Memory \"8\"; row \"Worker Node\", Memory \"16\" (the same in the \
EKS and AKS tables). Domino Data Lab documentation, \"Cluster requirements — Platform pool \
requirements\": \"Spec: 8 CPU / 32GB\"; \"Compute pool requirements\": \"Recommended min spec: 8 \
CPU / 32GB\"; \"Optional GPU compute pool\": \"Recommended min Spec: 8 CPU / 16GB / One or more \
NVIDIA GPU Device\" (recommended, hence warnings).",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform", "memory": "8Gi"}]
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform", "memory": "16Gi"}]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    each_short(cx, e, Size::Memory, |e, s| {
        let (role, min) = (s.role, gib(s.min));
        let (severity, needs) = s.severity(RULE.severity);
        e.emit_as(
            severity,
            s.at.path,
            msg!(
                s.pool.label(),
                " has ",
                s.at.value,
                " of memory",
                s.at.note,
                ", the ",
                cx.profile.name,
                " profile ",
                needs,
                ' ',
                min,
                " GiB for `",
                role,
                "` pools"
            ),
            Some(msg!(
                "use `",
                role,
                "` nodes with at least ",
                min,
                " GiB of memory"
            )),
        );
    });
}
