//! `zone-without-subnet`: aws: a zone with nodes but no private subnet
use super::ZoneSet;
use crate::input::model::{Provider, SubnetType};
use crate::rules::nodes::common::has_nodes;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "zone-without-subnet",
    severity: Severity::Error,
    area: Area::Zones,
    providers: &[Provider::Aws],
    title: "availability zone with nodes but no private subnet",
    what: "On `aws`, each entry of `availabilityZones` where nodes run but no private subnet \
(`network.subnets` with `type: private`) states that `zone`. Nodes run in the union of the \
pools' zones (a pool's `zones`, else all `availabilityZones`; pools whose `maxNodes`, else \
`minNodes`, is 0 have no nodes, unknown counts count as nodes); without `nodePools`, every \
listed zone is taken to have nodes. Silent when `network.subnets` is absent, when there is no \
private subnet, or when some private subnet does not state its `zone` (it could be the one). A \
`pod` subnet (EKS custom networking) does not count: it gives pods addresses, not nodes.",
    why: "An EKS node group places each node in one of its subnets, and a subnet lives in \
exactly one zone. The nodes of the platform are private, so a zone without a private subnet \
cannot get nodes at all: the node group fails to create, or silently runs in fewer zones than \
planned.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Creating Elastic Kubernetes \
Service (EKS)\": \"Create a Cluster using both private subnets with endpoints set to private.\"; \
Katonic documentation, \"Kubernetes — Katonic on EKS\": \"All nodes in such a deployment have \
private IPs\". Amazon VPC User Guide, \"Subnets for your VPC\" \
(https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html): \"Each subnet must \
reside entirely within one Availability Zone and cannot span zones.\"",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "availabilityZones": ["us-east-1a", "us-east-1b", "us-east-1c"],
  "network": {"subnets": [
    {"cidr": "10.0.0.0/24", "type": "private", "zone": "us-east-1a"},
    {"cidr": "10.0.1.0/24", "type": "private", "zone": "us-east-1b"}]}
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "availabilityZones": ["us-east-1a", "us-east-1b", "us-east-1c"],
  "network": {"subnets": [
    {"cidr": "10.0.0.0/24", "type": "private", "zone": "us-east-1a"},
    {"cidr": "10.0.1.0/24", "type": "private", "zone": "us-east-1b"},
    {"cidr": "10.0.2.0/24", "type": "private", "zone": "us-east-1c"}]}
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(listed) = &cx.doc.availability_zones else {
        return;
    };
    if cx.network().and_then(|n| n.subnets.as_ref()).is_none() {
        return;
    }
    // Subnets that are (or may be, when `type` is missing) private; `pod` subnets hold no nodes.
    let mut private = cx
        .subnets()
        .iter()
        .filter(|s| !matches!(s.kind, Some(SubnetType::Public | SubnetType::Pod)))
        .peekable();
    if private.peek().is_none() {
        return;
    }
    let mut covered: Vec<&str> = Vec::new();
    let mut unknown = false;
    for s in private {
        match s.zone {
            Some(z) => covered.push(z),
            None => {
                e.need(
                    msg!("/network/subnets/", s.index, "/zone"),
                    "the zone of every private subnet",
                );
                unknown = true;
            }
        }
    }
    if unknown {
        return;
    }
    let covered = ZoneSet::of(&covered);
    // Where nodes run: the zones of the pools with nodes; a pool with nodes and without its own
    // `zones` runs in every listed zone. Without `nodePools`, everywhere.
    let mut everywhere = cx.doc.node_pools.is_none();
    let mut with_nodes: Vec<&str> = Vec::new();
    for p in cx.pools.iter().filter(|p| has_nodes(p.pool)) {
        if p.own_zones {
            with_nodes.extend(p.zones.iter().copied());
        } else {
            everywhere = true;
        }
    }
    let with_nodes = ZoneSet::of(&with_nodes);
    // Each listed zone once, at its first entry. `cx.zones` holds the distinct listed zones in
    // the order of their first entries, so an entry is a first one exactly when it is the next
    // zone there.
    let mut next = 0;
    for zone in listed {
        let z = zone.value;
        if cx.zones.get(next) != Some(&z) {
            continue;
        }
        next += 1;
        if covered.contains(z) || !(everywhere || with_nodes.contains(z)) {
            continue;
        }
        e.emit(
            msg!("/availabilityZones/", zone.index),
            msg!("zone `", z, "` has nodes but no private subnet"),
            Some(msg!(
                "add a private subnet with `\"zone\": \"",
                z,
                "\"`, or run no node pool there"
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::zones::testing::{reports, same_as_reference};

    /// The earlier check (a search of every pool's zones per listed zone), as the reference.
    fn quadratic(cx: &Context<'_>, e: &mut Emitter<'_>) {
        let Some(listed) = &cx.doc.availability_zones else {
            return;
        };
        if cx.network().and_then(|n| n.subnets.as_ref()).is_none() {
            return;
        }
        let mut private = cx
            .subnets()
            .iter()
            .filter(|s| s.kind != Some(SubnetType::Public))
            .peekable();
        if private.peek().is_none() {
            return;
        }
        let mut covered: Vec<&str> = Vec::new();
        let mut unknown = false;
        for s in private {
            match &s.zone {
                Some(z) => covered.push(z),
                None => {
                    e.need(
                        format!("/network/subnets/{}/zone", s.index),
                        "the zone of every private subnet",
                    );
                    unknown = true;
                }
            }
        }
        if unknown {
            return;
        }
        let pools = cx.doc.node_pools.is_some();
        let mut seen: Vec<&str> = Vec::new();
        for zone in listed {
            let z = zone.value;
            if seen.contains(&z) {
                continue;
            }
            seen.push(z);
            if covered.contains(&z) {
                continue;
            }
            let nodes_here = !pools
                || cx
                    .pools
                    .iter()
                    .any(|p| has_nodes(p.pool) && p.zones.contains(&z));
            if !nodes_here {
                continue;
            }
            e.emit(
                format!("/availabilityZones/{}", zone.index),
                format!("zone `{z}` has nodes but no private subnet"),
                Some(format!(
                    "add a private subnet with `\"zone\": \"{z}\"`, or run no node pool there"
                )),
            );
        }
    }

    #[test]
    fn same_findings_as_the_quadratic_check() {
        same_as_reference(17, 600, &RULE, check, quadratic, reports, 50);
    }
}
