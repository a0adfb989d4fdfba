//! `node-additional-disk`: additional disk below minimum (missing counts as 0)
use super::common::{each_short, gib, stated, Size};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

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
`/nodePools/i/additionalDisk`, where the value belongs. On `aws`, `azure` and `gcp` a pool with \
no additional disk (absent or 0) also passes when its `bootDisk` holds both: at least the \
role's boot disk minimum plus its additional disk minimum (katonic: 30 + 30 = 60 GiB), with \
the same tolerance, because a managed node group gives each node one root volume; when such a \
pool fails (its boot disk smaller or not described), the hint offers both fixes. A pool that \
has an additional disk smaller than the minimum fails whatever its boot disk.",
    why: "The additional disk holds the platform's local data (container storage, volumes of \
on-premises storage such as NFS or Ceph, image caches). Without it that data lands on the OS \
drive, which fills up and takes the node down.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Node requirements\" \
table (on-premises): row \"Worker Node\", Additional disk \">=100 Gb\"; row \"Master Nodes\", \
\"Not required\". Katonic documentation, \"Kubernetes — Katonic on EKS — Requirement nodes \
configuration\" and \"Kubernetes — Katonic on AKS — Requirement nodes configuration\": row \
\"Worker Node\", Additional disk \">=30Gb\". On a cloud one volume can hold both: Katonic \
documentation, \"Katonic AWS Private Cluster — Resources Provisioned Post-Installation\", row \
\"OS boot disk (AWS EBS)\": \"1 per node\"; Amazon EKS API Reference, \"CreateNodegroup\" \
(https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html), `diskSize`: \
\"The root device disk size (in GiB) for your node group instances.\"",
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
        let mut has = if s.stated {
            msg!("has a ", s.at.value, " additional disk")
        } else {
            "has no additional disk".to_string()
        };
        let (role, min) = (s.role, gib(s.min));
        let on = cx.provider.map(|p| msg!(" on ", p)).unwrap_or_default();
        let (or_boot, hint_boot) = match s.boot_alternative {
            Some(both) => {
                if let Some(boot) = &s.pool.pool.boot_disk {
                    has.push_str(&msg!(" and a ", stated(boot, "GiB", 1), " boot disk"));
                }
                let both = gib(both);
                (
                    msg!(", or a boot disk of ", both, " GiB that holds both"),
                    msg!(", or a boot disk of at least ", both, " GiB"),
                )
            }
            None => (String::new(), String::new()),
        };
        e.emit(
            s.at.path,
            msg!(
                s.pool.label(),
                ' ',
                has,
                ", the ",
                cx.profile.name,
                " profile needs ",
                min,
                " GiB for `",
                role,
                "` pools",
                on,
                or_boot
            ),
            Some(msg!(
                "give `",
                role,
                "` nodes an additional disk of at least ",
                min,
                " GiB",
                hint_boot
            )),
        );
    });
}
