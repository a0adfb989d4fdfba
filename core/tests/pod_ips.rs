//! The `podIps` fact follows where pods take their addresses: the `pod` subnets when there are
//! any (EKS custom networking), else the private ones; the `podCidr` for Azure CNI Overlay.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use serde_json::{json, Value};

fn pod_ips(doc: Value) -> Value {
    let report = clusterfit::validate(&doc, &clusterfit::Options::default()).unwrap();
    let facts: Value = serde_json::from_str(&report.to_json()).unwrap();
    facts["facts"]["podIps"].clone()
}

fn doc(provider: &str, network: Value) -> Value {
    json!({"provider": provider, "kubernetes": {"version": "1.30"}, "network": network,
           "nodePools": [{"name": "pool-0", "role": "other", "maxNodes": 10}]})
}

#[test]
fn pod_subnets_hold_the_pods() {
    // Two /24 pod subnets: 2 × (256 − 5) usable; 10 nodes × (58 + 1).
    let got = pod_ips(doc(
        "aws",
        json!({"vpcCidr": "10.0.0.0/21", "secondaryCidrs": ["100.64.0.0/16"],
               "cni": "aws-vpc-cni", "maxPodsPerNode": 58, "subnets": [
            {"cidr": "10.0.0.0/24", "type": "private"},
            {"cidr": "10.0.1.0/24", "type": "private"},
            {"cidr": "100.64.0.0/24", "type": "pod"},
            {"cidr": "100.64.1.0/24", "type": "pod"}]}),
    ));
    assert_eq!(
        got,
        json!({"capacity": 502, "demand": 590, "maxPodsPerNode": 58, "nodes": 10,
               "source": "subnets"})
    );
}

#[test]
fn without_pod_subnets_the_private_ones() {
    let got = pod_ips(doc(
        "aws",
        json!({"vpcCidr": "10.0.0.0/21", "cni": "aws-vpc-cni", "maxPodsPerNode": 58,
               "subnets": [{"cidr": "10.0.0.0/22", "type": "private"},
                           {"cidr": "10.0.7.240/28", "type": "public"}]}),
    ));
    assert_eq!(got["capacity"], json!(1019));
    assert_eq!(got["source"], json!("subnets"));
}

#[test]
fn azure_cni_overlay_counts_the_pod_cidr() {
    // Overlay: 10 nodes × 110 pods from a /16, not from the /24 node subnet.
    let got = pod_ips(doc(
        "azure",
        json!({"vpcCidr": "10.0.0.0/16", "cni": "azure-cni", "podCidr": "10.244.0.0/16",
               "maxPodsPerNode": 110, "subnets": [{"cidr": "10.0.1.0/24", "type": "private"}]}),
    ));
    assert_eq!(
        got,
        json!({"capacity": 65536, "demand": 1100, "maxPodsPerNode": 110, "nodes": 10,
               "source": "podCidr"})
    );
}

#[test]
fn flat_azure_cni_counts_the_subnets() {
    let got = pod_ips(doc(
        "azure",
        json!({"vpcCidr": "10.0.0.0/16", "cni": "azure-cni", "maxPodsPerNode": 110,
               "subnets": [{"cidr": "10.0.1.0/24", "type": "private"}]}),
    ));
    assert_eq!(
        got,
        json!({"capacity": 251, "demand": 1110, "maxPodsPerNode": 110, "nodes": 10,
               "source": "subnets"})
    );
}
