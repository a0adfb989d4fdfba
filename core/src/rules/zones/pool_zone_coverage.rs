//! `pool-zone-coverage`: a pool does not cover every zone the other pools use (volume affinity)
use super::{distinct_in_order, ZoneSet, SCAN};
use crate::rules::nodes::common::{has_nodes, tick_list};
use crate::rules::{Area, Context, Emitter, Example, PoolView, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "pool-zone-coverage",
    severity: Severity::Warning,
    area: Area::Zones,
    providers: &[],
    title: "node pool missing from zones the other pools use",
    what: "Each worker-role pool (`platform`, `compute`, `gpu`, `deployment`, `vectordb`, \
`worker`) against the zones the *other* worker-role pools use: a warning at \
`/nodePools/i/zones` naming the zones the pool does not cover. A pool's zones are its `zones`, \
else all `availabilityZones`. `master` and `other` pools neither are checked nor count, and \
neither do pools without nodes (`maxNodes`, else `minNodes`, of 0). Zones outside \
`availabilityZones` are left to `pool-zone-unknown`. A pool whose zones are unknown is skipped.",
    why: "Block volumes are zonal: a workspace volume created in one zone can only be mounted \
there. When a compute pool is missing from a zone the platform pool uses, a pod that must \
follow its volume into that zone finds no node to run on and stays `Pending`.",
    source: "Katonic documentation, \"Kubernetes — Katonic on EKS — Node pools\": \"Note that all \
compute node pools you use should have corresponding ASGs in any AZ used by other node pools. \
Setting up an isolated node pool in one zone can cause volume affinity issues.\"",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "availabilityZones": ["us-east-1a", "us-east-1b", "us-east-1c"],
  "nodePools": [{"name": "platform", "role": "platform"},
                {"name": "compute", "role": "compute", "zones": ["us-east-1a"]}]
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "availabilityZones": ["us-east-1a", "us-east-1b", "us-east-1c"],
  "nodePools": [{"name": "platform", "role": "platform"},
                {"name": "compute", "role": "compute"}]
}"#,
    },
    check: Some(check),
};

fn counts(pool: &PoolView<'_>) -> bool {
    pool.pool.role.is_some_and(|r| r.is_worker()) && has_nodes(pool.pool)
}

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let known_zones = cx.doc.availability_zones.is_some();
    let cluster = ZoneSet::of(&cx.zones);
    // The union of the zones the counted pools use, in the order the messages list them. A pool
    // lacks a zone the *other* pools use exactly when the zone is in the union and not in the
    // pool: a zone the pool has is never missing, and for one it lacks, the pool adds nothing to
    // the union, so some other pool uses it (per-zone counts of users are not needed). The order
    // is the old one too: for a zone the pool lacks, its first use among the other pools is its
    // first use among all pools. A pool without its own `zones` runs in every cluster zone: it
    // puts all of them in the union at once instead of walking them per pool.
    let entries = cx
        .pools
        .iter()
        .filter(|p| p.own_zones)
        .map(|p| p.zones.len())
        .sum();
    let mut uses: Vec<&str> = Vec::with_capacity(entries);
    let mut everywhere = false;
    for pool in cx.pools.iter().filter(|p| counts(p)) {
        if !pool.own_zones {
            everywhere = true;
            continue;
        }
        for &z in pool.zones.iter() {
            if known_zones && !cluster.contains(z) {
                continue;
            }
            uses.push(z);
        }
    }
    let union: Vec<&str> = if known_zones {
        // In the cluster's order, not the order pools happen to name them.
        let used = ZoneSet::of(&uses);
        cx.zones
            .iter()
            .copied()
            .filter(|z| everywhere || used.contains(z))
            .collect()
    } else {
        distinct_in_order(&uses)
    };
    // Each pool marks the union's zones it runs in with its number, so a pool costs a lookup per
    // zone of its own and one pass over the union (no set per pool). The union's zones are
    // distinct; they are found by a scan when few, else in a list sorted by name once.
    let by_name: Vec<(&str, usize)> = if union.len() > SCAN {
        let mut v: Vec<(&str, usize)> = union.iter().copied().zip(0..).collect();
        crate::sort::sort(&mut v);
        v
    } else {
        Vec::new()
    };
    let position = |zone: &str| -> Option<usize> {
        if union.len() <= SCAN {
            return union.iter().position(|u| *u == zone);
        }
        let i = by_name
            .binary_search_by(|(name, _)| (*name).cmp(zone))
            .ok()?;
        by_name.get(i).map(|(_, at)| *at)
    };
    let mut marked: Vec<usize> = vec![usize::MAX; union.len()];
    for (number, pool) in cx.pools.iter().enumerate() {
        if !counts(pool) || pool.zones.is_empty() {
            continue;
        }
        // Without its own `zones` a pool runs in every cluster zone, and with `availabilityZones`
        // the union holds nothing else (without it, such a pool has no zones at all).
        if !pool.own_zones {
            continue;
        }
        for zone in pool.zones.iter() {
            if let Some(mark) = position(zone).and_then(|at| marked.get_mut(at)) {
                *mark = number;
            }
        }
        if marked.iter().all(|&m| m == number) {
            continue;
        }
        let missing: Vec<&str> = union
            .iter()
            .zip(&marked)
            .filter(|&(_, &m)| m != number)
            .map(|(zone, _)| *zone)
            .collect();
        let (zone, which) = if missing.len() == 1 {
            ("zone", "which another node pool uses")
        } else {
            ("zones", "which other node pools use")
        };
        let list = tick_list(missing.iter().copied());
        e.emit(
            pool.field("zones"),
            msg!(
                pool.label(),
                " does not run in ",
                zone,
                ' ',
                list,
                ", ",
                which
            ),
            Some(msg!(
                "add ",
                list,
                " to the pool's `zones`, so pods can follow their volumes into every zone"
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::zones::testing::{emits, same_as_reference};

    /// The earlier check, every pool against every other pool (quadratic), as the reference.
    fn quadratic(cx: &Context<'_>, e: &mut Emitter<'_>) {
        let known_zones = cx.doc.availability_zones.is_some();
        for (i, pool) in cx.pools.iter().enumerate() {
            if !counts(pool) || pool.zones.is_empty() {
                continue;
            }
            let mut missing: Vec<&str> = Vec::new();
            for (j, other) in cx.pools.iter().enumerate() {
                if i == j || !counts(other) {
                    continue;
                }
                for z in other.zones.iter() {
                    if known_zones && !cx.zones.contains(z) {
                        continue;
                    }
                    if !pool.zones.contains(z) && !missing.contains(z) {
                        missing.push(z);
                    }
                }
            }
            if missing.is_empty() {
                continue;
            }
            if known_zones {
                missing = cx
                    .zones
                    .iter()
                    .copied()
                    .filter(|z| missing.contains(z))
                    .collect();
            }
            let (zone, which) = if missing.len() == 1 {
                ("zone", "which another node pool uses")
            } else {
                ("zones", "which other node pools use")
            };
            let list = tick_list(missing.iter().copied());
            e.emit(
                pool.field("zones"),
                format!("{} does not run in {zone} {list}, {which}", pool.label()),
                Some(format!(
                    "add {list} to the pool's `zones`, so pods can follow their volumes into \
                     every zone"
                )),
            );
        }
    }

    #[test]
    fn same_findings_as_the_quadratic_check() {
        same_as_reference(7, 600, &RULE, check, quadratic, emits, 50);
    }
}
