//! `zone-count`: the platform pool's zones (else the cluster's) not an allowed count (2 is never allowed: an even number of nodes in one failure domain)
use crate::input::model::Role;
use crate::rules::nodes::common::{num, tick_list};
use crate::rules::{Area, Context, Emitter, Example, PoolView, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "zone-count",
    severity: Severity::Error,
    area: Area::Zones,
    providers: &[],
    title: "platform pool in a number of availability zones the platform does not support",
    what: "The number of distinct zones the platform pool runs in, against the counts the \
profile allows (1 or 3 in both built-in profiles): the zones of every pool of role `platform` \
(its own `zones`, else every `availabilityZones` entry), counted together. Only when no \
platform pool is described are the distinct `availabilityZones` counted instead. Two zones are \
never allowed; an empty list (0 zones) is not allowed either. Duplicates count once. The \
finding points at the `zones` of the first platform pool that lists its own, else at \
`availabilityZones`. A cluster whose subnets span two zones (EKS asks for two) while the \
platform pool runs in one is fine. Unknown zones (a platform pool without `zones` and no \
`availabilityZones`, or neither pools nor `availabilityZones`) are not checked.",
    why: "The platform's replicated services (databases, message queues) need a majority to \
survive the loss of a zone. With two zones one of them holds an even share of the replicas: \
losing it loses the quorum, so two zones cost more than one and are no more available.",
    source: "Katonic documentation, \"Kubernetes — Katonic on EKS — Node pools\": \"The platform \
ASG can run in 1 availability zone or across 3 availability zones. If you want Katonic to run \
with some components deployed as highly available ReplicaSets You must use 3 availability zones. \
Using 2 zones is not supported, as it results in an even number of nodes in a single failure \
domain.\" Subnets in two zones are a separate matter: Amazon EKS User Guide, \"View Amazon EKS \
networking requirements for VPC and subnets\" \
(https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html): \"When you create a \
cluster, you specify a VPC and at least two subnets that are in different Availability Zones.\"",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "availabilityZones": ["us-east-1a", "us-east-1b"],
  "nodePools": [
    {"name": "platform", "role": "platform", "zones": ["us-east-1a", "us-east-1b"]}
  ]
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "availabilityZones": ["us-east-1a", "us-east-1b"],
  "nodePools": [{"name": "platform", "role": "platform", "zones": ["us-east-1a"]}]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let allowed = &cx.profile.zones.allowed_counts;
    if allowed.is_empty() {
        return;
    }
    let platform: Vec<&PoolView<'_>> = cx
        .pools
        .iter()
        .filter(|p| p.pool.role == Some(Role::Platform))
        .collect();
    // The zones counted.
    let n = if platform.is_empty() {
        if cx.doc.availability_zones.is_none() {
            return;
        }
        cx.zones.len()
    } else {
        // A pool without `zones` runs in every `availabilityZones` entry; with neither, its
        // zones are unknown, and so is the count.
        if cx.doc.availability_zones.is_none() && platform.iter().any(|p| p.pool.zones.is_none()) {
            return;
        }
        let mut distinct: Vec<&str> = Vec::new();
        for z in platform.iter().flat_map(|p| p.zones.iter()) {
            if !distinct.contains(z) {
                distinct.push(z);
            }
        }
        distinct.len()
    };
    if allowed.iter().any(|&a| a as usize == n) {
        return;
    }
    // Where the finding goes and how the message names the zones (built only when reported).
    let (path, subject) = if platform.is_empty() {
        (
            "/availabilityZones".to_string(),
            msg!("`availabilityZones` lists ", n, " distinct ", zones(n)),
        )
    } else {
        let path = platform
            .iter()
            .find(|p| p.pool.zones.is_some())
            .map_or_else(|| "/availabilityZones".to_string(), |p| p.field("zones"));
        let subject = match platform.as_slice() {
            [one] => {
                let from = if one.pool.zones.is_some() {
                    ""
                } else {
                    " (from `availabilityZones`)"
                };
                msg!(one.label(), " runs in ", n, " distinct ", zones(n), from)
            }
            _ => msg!(
                "the `platform` pools ",
                tick_list(platform.iter().map(|p| p.pool.name.unwrap_or("(unnamed)"))),
                " run in ",
                n,
                " distinct ",
                zones(n)
            ),
        };
        (path, subject)
    };
    let mut list = String::new();
    for (i, a) in allowed.iter().enumerate() {
        if i > 0 {
            list.push_str(if i + 1 == allowed.len() { " or " } else { ", " });
        }
        list.push_str(&num(f64::from(*a), 0));
    }
    let why = if n == 2 {
        ": two zones put an even number of nodes in one failure domain"
    } else {
        ""
    };
    let hint = if platform.is_empty() {
        msg!("use ", list, " availability zones")
    } else {
        msg!("run the `platform` nodes in ", list, " availability zones")
    };
    e.emit(
        path,
        msg!(
            subject,
            ", the ",
            cx.profile.name,
            " profile allows ",
            list,
            why
        ),
        Some(hint),
    );
}

fn zones(n: usize) -> &'static str {
    if n == 1 {
        "zone"
    } else {
        "zones"
    }
}
