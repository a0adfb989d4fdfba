//! `node-gpu`: gpu pool with fewer than 1 gpu
use super::common::{each_short, num, Size};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "node-gpu",
    severity: Severity::Error,
    area: Area::Nodes,
    providers: &[],
    title: "gpu pool without GPUs",
    what: "Each pool whose role requires GPUs (`gpu` in the built-in profiles: at least 1 per \
node) against its `gpus`, or the GPU count of its `instanceType` from the built-in instance \
catalog when `gpus` is absent. Absent `gpus` with no known instance type is unknown.",
    why: "The platform schedules GPU workloads on the `gpu` pool by its role and labels; nodes \
without a GPU there leave GPU runs pending forever, or worse, run them on CPU.",
    source: "Domino Data Lab documentation, \"Cluster requirements — Optional GPU compute pool\": \
\"Recommended min Spec: 8 CPU / 16GB / One or more NVIDIA GPU Device\" and \"Nodes must be \
pre-configured with the appropriate NVIDIA driver, NVIDIA-docker2, and set the default docker \
runtime to nvidia.\"; Katonic documentation, \"Kubernetes — Katonic on EKS — Node pools\": \"it \
may include an optional GPU pool\" (a pool that is there for GPUs must have them).",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "gpu", "role": "gpu", "instanceType": "m5.2xlarge"}]
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "gpu", "role": "gpu", "instanceType": "g5.2xlarge"}]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    each_short(cx, e, Size::Gpus, |e, s| {
        let (role, min) = (s.role, Size::Gpus.text(s.min));
        e.emit(
            s.at.path,
            msg!(
                s.pool.label(),
                " has ",
                s.at.value,
                " per node",
                s.at.note,
                ", the ",
                cx.profile.name,
                " profile needs at least ",
                num(s.min, 0),
                " for `",
                role,
                "` pools"
            ),
            Some(msg!(
                "use a GPU instance type with at least ",
                min,
                ", or give the pool another role"
            )),
        );
    });
}
