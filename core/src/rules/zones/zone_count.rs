//! `zone-count`: number of distinct `availabilityZones` not allowed (2 is never allowed: even number of nodes in one failure domain)
use crate::rules::nodes::common::num;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;

pub static RULE: Rule = Rule {
    id: "zone-count",
    severity: Severity::Error,
    area: Area::Zones,
    providers: &[],
    title: "number of availability zones the platform does not support",
    what: "The number of distinct `availabilityZones` against the counts the profile allows \
(1 or 3 in both built-in profiles). Two zones are never allowed; an empty list (0 zones) is \
not allowed either. Duplicates count once. An absent `availabilityZones` is unknown.",
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
  "availabilityZones": ["us-east-1a", "us-east-1b"]
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "availabilityZones": ["us-east-1a", "us-east-1b", "us-east-1c"]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    if cx.doc.availability_zones.is_none() {
        return;
    }
    let allowed = &cx.profile.zones.allowed_counts;
    let n = cx.zones.len();
    if allowed.is_empty() || allowed.iter().any(|&a| a as usize == n) {
        return;
    }
    let mut list = String::new();
    for (i, a) in allowed.iter().enumerate() {
        if i > 0 {
            list.push_str(if i + 1 == allowed.len() { " or " } else { ", " });
        }
        list.push_str(&num(f64::from(*a), 0));
    }
    let zones = if n == 1 { "zone" } else { "zones" };
    let why = if n == 2 {
        ": two zones put an even number of nodes in one failure domain"
    } else {
        ""
    };
    e.emit(
        "/availabilityZones",
        format!(
            "`availabilityZones` lists {n} distinct {zones}, the {} profile allows {list}{why}",
            cx.profile.name
        ),
        Some(format!("use {list} availability zones")),
    );
}
