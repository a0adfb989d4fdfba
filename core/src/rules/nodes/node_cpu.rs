//! `node-cpu`: cpu below the role's minimum
use super::common::{each_short, num, Size};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "node-cpu",
    severity: Severity::Error,
    area: Area::Nodes,
    providers: &[],
    title: "node pool with fewer vCPU than its role needs",
    what: "Each node pool's vCPU per node (`cpu`, or the vCPU of its `instanceType` from the \
built-in instance catalog when `cpu` is absent) against the profile's minimum for the pool's \
role. Worker roles (`platform`, `compute`, `gpu`, `deployment`, `vectordb`, `worker`) get the \
worker minimum, `master` pools the master minimum; `other` pools are not sized. The vCPU \
minimum is exact: unlike memory and disks, no tolerance applies. A profile may also state a \
*recommended* minimum (domino: 8 vCPU for `compute` and `gpu` pools, which its guide calls the \
\"recommended min spec\"): below it the finding is a warning and says \"recommends\"; a \
required minimum that is not met stays an error. A pool with neither `cpu` nor a known \
`instanceType` is unknown and not checked.",
    why: "The platform's services are scheduled with CPU requests sized for these nodes: on \
smaller nodes pods stay `Pending` or the platform pool cannot hold its services at all.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Node requirements\" \
table: row \"Master Nodes\", CPU \"4\"; row \"Worker Node\", CPU \"8\" (the same in the EKS and \
AKS tables). Domino Data Lab documentation, \"Cluster requirements — Platform pool \
requirements\": \"Spec: 8 CPU / 32GB\"; \"Compute pool requirements\": \"Recommended min spec: 8 \
CPU / 32GB\"; \"Optional GPU compute pool\": \"Recommended min Spec: 8 CPU / 16GB / One or more \
NVIDIA GPU Device\" (recommended, hence warnings).",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform", "cpu": 4}]
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform", "cpu": 8}]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    each_short(cx, e, Size::Cpu, |e, s| {
        let (role, min) = (s.role, num(s.min, 3));
        let (severity, needs) = s.severity(RULE.severity);
        e.emit_as(
            severity,
            s.at.path,
            msg!(
                s.pool.label(),
                " has ",
                s.at.value,
                s.at.note,
                ", the ",
                cx.profile.name,
                " profile ",
                needs,
                ' ',
                min,
                " vCPU for `",
                role,
                "` pools"
            ),
            Some(msg!("use `", role, "` nodes with at least ", min, " vCPU")),
        );
    });
}
