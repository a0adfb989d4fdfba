//! `pool-zone-unknown`: a pool zone not in `availabilityZones`
use super::ZoneSet;
use crate::rules::nodes::common::tick_list;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "pool-zone-unknown",
    severity: Severity::Error,
    area: Area::Zones,
    providers: &[],
    title: "node pool zone missing from the cluster's zones",
    what: "Each entry of a node pool's `zones` (any role) against `availabilityZones`, by exact \
name. Silent when either list is absent.",
    why: "`availabilityZones` is where the cluster, its subnets and its zonal volumes live. A \
pool in another zone is a typo or a plan that the subnet and storage checks never saw: its \
nodes get no subnet, or cannot attach the volumes of the other zones.",
    source: "clusterfit input format (docs/input.md): `availabilityZones` lists the zones where \
nodes run, and a pool's `zones` are drawn from it. Katonic documentation, \"Kubernetes — Katonic \
on EKS — Node pools\": \"Note that all compute node pools you use should have corresponding ASGs \
in any AZ used by other node pools.\"",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "availabilityZones": ["us-east-1a"],
  "nodePools": [{"name": "platform", "role": "platform", "zones": ["us-east-1b"]}]
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "availabilityZones": ["us-east-1a"],
  "nodePools": [{"name": "platform", "role": "platform", "zones": ["us-east-1a"]}]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    if cx.doc.availability_zones.is_none() {
        return;
    }
    let cluster = ZoneSet::of(&cx.zones);
    // The same for every finding: built once, on the first.
    let mut known: Option<String> = None;
    for pool in &cx.pools {
        let Some(zones) = &pool.pool.zones else {
            continue;
        };
        for zone in zones {
            if cluster.contains(zone.value) {
                continue;
            }
            let known = known.get_or_insert_with(|| {
                if cx.zones.is_empty() {
                    "`availabilityZones`, which is empty".to_string()
                } else {
                    msg!(
                        "`availabilityZones` (",
                        tick_list(cx.zones.iter().copied()),
                        ')'
                    )
                }
            });
            e.emit(
                msg!(pool.field("zones"), '/', zone.index),
                msg!(
                    "zone `",
                    zone.value,
                    "` of ",
                    pool.label(),
                    " is not in ",
                    *known
                ),
                Some(msg!(
                    "use one of the cluster's zones, or add `",
                    zone.value,
                    "` to `availabilityZones`"
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::zones::testing::{emits, same_as_reference};

    /// The earlier check (a search of the cluster's zones per pool zone), as the reference.
    fn quadratic(cx: &Context<'_>, e: &mut Emitter<'_>) {
        if cx.doc.availability_zones.is_none() {
            return;
        }
        for pool in &cx.pools {
            let Some(zones) = &pool.pool.zones else {
                continue;
            };
            for zone in zones {
                if cx.zones.contains(&zone.value) {
                    continue;
                }
                let known = if cx.zones.is_empty() {
                    "`availabilityZones`, which is empty".to_string()
                } else {
                    format!(
                        "`availabilityZones` ({})",
                        tick_list(cx.zones.iter().copied())
                    )
                };
                e.emit(
                    format!("{}/{}", pool.field("zones"), zone.index),
                    format!(
                        "zone `{}` of {} is not in {known}",
                        zone.value,
                        pool.label()
                    ),
                    Some(format!(
                        "use one of the cluster's zones, or add `{}` to `availabilityZones`",
                        zone.value
                    )),
                );
            }
        }
    }

    #[test]
    fn same_findings_as_the_quadratic_check() {
        same_as_reference(11, 600, &RULE, check, quadratic, emits, 50);
    }
}
