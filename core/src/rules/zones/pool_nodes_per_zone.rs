//! `pool-nodes-per-zone`: a pool spanning n zones whose minNodes is between 1 and n − 1 leaves a zone empty (0 is a deliberate scale-from-zero pool)
use super::ZoneSet;
use crate::input::model::Role;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "pool-nodes-per-zone",
    severity: Severity::Warning,
    area: Area::Zones,
    providers: &[],
    title: "node pool with fewer minimum nodes than zones",
    what: "A node pool (any role but `other`) spanning n distinct zones (its `zones`, else all \
`availabilityZones`) whose `minNodes` is between 1 and n − 1. `minNodes: 0` is a deliberate \
scale-from-zero pool and passes; an absent `minNodes` is unknown.",
    why: "A zonal volume can only be attached in its own zone. With fewer nodes than zones, \
at least one zone has no node of the pool, and a pod whose volume lives there stays `Pending` \
until the autoscaler happens to add a node in the right zone.",
    source: "Katonic documentation, \"Kubernetes — Katonic on EKS — Node pools\": \"To run the \
default and default-gpu pools across multiple availability zones, you will need duplicate ASGs in \
each zone with the same configuration, including the same labels, to ensure pods are delivered to \
the zone where the required ephemeral volumes are available.\"",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "availabilityZones": ["us-east-1a", "us-east-1b", "us-east-1c"],
  "nodePools": [{"name": "platform", "role": "platform", "minNodes": 2, "maxNodes": 6}]
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "availabilityZones": ["us-east-1a", "us-east-1b", "us-east-1c"],
  "nodePools": [{"name": "platform", "role": "platform", "minNodes": 3, "maxNodes": 6}]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    for pool in &cx.pools {
        if matches!(pool.pool.role, None | Some(Role::Other)) {
            continue;
        }
        let Some(min) = pool.pool.min_nodes else {
            continue;
        };
        // Without its own `zones` a pool runs in the cluster's zones, already distinct.
        let n = if pool.own_zones {
            ZoneSet::of(&pool.zones).len()
        } else {
            cx.zones.len()
        };
        if min == 0 || min as usize >= n {
            continue;
        }
        e.emit(
            pool.field("minNodes"),
            msg!(
                pool.label(),
                " spans ",
                n,
                " zones with `minNodes: ",
                min,
                "`: at least one zone starts without a node"
            ),
            Some(msg!(
                "set `minNodes` to ",
                n,
                " (one node per zone), or to 0 for a scale-from-zero pool"
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::zones::testing::{emits, same_as_reference};

    /// The earlier check (distinct zones by a search per zone), as the reference.
    fn quadratic(cx: &Context<'_>, e: &mut Emitter<'_>) {
        for pool in &cx.pools {
            if matches!(pool.pool.role, None | Some(Role::Other)) {
                continue;
            }
            let Some(min) = pool.pool.min_nodes else {
                continue;
            };
            let mut distinct: Vec<&str> = Vec::with_capacity(pool.zones.len());
            for z in pool.zones.iter() {
                if !distinct.contains(z) {
                    distinct.push(z);
                }
            }
            let n = distinct.len();
            if min == 0 || min as usize >= n {
                continue;
            }
            e.emit(
                pool.field("minNodes"),
                format!(
                    "{} spans {n} zones with `minNodes: {min}`: at least one zone starts \
                     without a node",
                    pool.label()
                ),
                Some(format!(
                    "set `minNodes` to {n} (one node per zone), or to 0 for a scale-from-zero \
                     pool"
                )),
            );
        }
    }

    #[test]
    fn same_findings_as_the_quadratic_check() {
        same_as_reference(13, 600, &RULE, check, quadratic, emits, 50);
    }
}
