//! `node-additional-disk`: additional disk below minimum (missing counts as 0)
use super::common::{each_short, gib, Size};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;

pub static RULE: Rule = Rule {
    id: "node-additional-disk",
    severity: Severity::Error,
    area: Area::Nodes,
    providers: &[],
    title: "node pool without the additional disk its role needs",
    what: "Each node pool's `additionalDisk` (a data disk beside the OS drive) against the \
profile's minimum for the pool's role on the cluster's provider (katonic: 100 GiB on onprem, \
30 GiB on aws, azure and gcp, for worker roles; master pools need none), with the profile's \
size tolerance. Unlike the other sizes, an absent `additionalDisk` means the pool has no \
additional disk (0 GiB), so the rule fires; the finding points at \
`/nodePools/i/additionalDisk`, where the value belongs.",
    why: "The additional disk holds the platform's local data (container storage, volumes of \
on-premises storage such as NFS or Ceph, image caches). Without it that data lands on the OS \
drive, which fills up and takes the node down.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Node requirements\" \
table (on-premises): row \"Worker Node\", Additional disk \">=100 Gb\"; row \"Master Nodes\", \
\"Not required\". Katonic documentation, \"Kubernetes — Katonic on EKS — Requirement nodes \
configuration\" and \"Kubernetes — Katonic on AKS — Requirement nodes configuration\": row \
\"Worker Node\", Additional disk \">=30Gb\". On a cloud one volume can hold both: Katonic \
documentation, \"Katonic AWS Private Cluster — Resources Provisioned Post-Installation\", row \
\"OS boot disk (AWS EBS)\": \"1 per node\".",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "onprem",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "workers", "role": "worker", "additionalDisk": 50}]
}"#,
        passes: r#"{
  "provider": "onprem",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "workers", "role": "worker", "additionalDisk": 100}]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    each_short(cx, e, Size::AdditionalDisk, |e, s| {
        let has = if s.stated {
            format!("has a {} additional disk", s.at.value)
        } else {
            "has no additional disk".to_string()
        };
        let (role, min) = (s.role, gib(s.min));
        let on = cx.provider.map(|p| format!(" on {p}")).unwrap_or_default();
        e.emit(
            s.at.path,
            format!(
                "{} {has}, the {} profile needs {min} GiB for `{role}` pools{on}",
                s.pool.label(),
                cx.profile.name
            ),
            Some(format!(
                "give `{role}` nodes an additional disk of at least {min} GiB"
            )),
        );
    });
}
