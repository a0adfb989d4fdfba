//! `private-subnet-zones`: aws: private subnets in fewer than 2 distinct zones (EKS needs two)
use super::subnet_path;
use crate::input::model::{Provider, SubnetType};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "private-subnet-zones",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[Provider::Aws],
    title: "private subnets in only one availability zone",
    what: "On aws, the private subnets must lie in at least two distinct availability zones \
(their `zone`). Reported at `network.subnets`. Silent when a private subnet has no `zone` \
(unknown), when there is no private subnet, or when there are fewer private subnets than the \
profile needs (`private-subnet-count` speaks then). `pod` subnets are not private subnets here: \
EKS places the cluster in the subnets it is created with, not in the pods' subnets.",
    why: "EKS refuses to create a cluster whose subnets are all in one availability zone: it \
places the control plane's network interfaces in at least two. A single-zone *node* layout is \
fine (see `zone-count`); the subnets still have to span two zones.",
    source: "Amazon EKS User Guide, \"View Amazon EKS networking requirements for VPC and \
subnets\" (https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html): \"When you create \
a cluster, you specify a VPC and at least two subnets that are in different Availability Zones.\" \
Katonic documentation, \"Katonic AWS Private Cluster — Creating Elastic Kubernetes Service \
(EKS)\": \"Create a Cluster using both private subnets with endpoints set to private.\"",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "subnets": [
  {"name": "private-a", "cidr": "10.0.0.0/24", "type": "private", "zone": "us-east-1a"},
  {"name": "private-b", "cidr": "10.0.1.0/24", "type": "private", "zone": "us-east-1a"}]}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "subnets": [
  {"name": "private-a", "cidr": "10.0.0.0/24", "type": "private", "zone": "us-east-1a"},
  {"name": "private-b", "cidr": "10.0.1.0/24", "type": "private", "zone": "us-east-1b"}]}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let private: Vec<_> = cx
        .subnets()
        .iter()
        .filter(|s| s.kind == Some(SubnetType::Private))
        .collect();
    if private.is_empty() {
        return;
    }
    if let Some(needed) = cx.profile.network.private_subnet_count {
        if private.len() < needed as usize {
            return;
        }
    }
    // EKS needs two zones: only the first zone and whether another one follows matter, so no
    // list of distinct zones (a search per subnet) is kept.
    let mut first: Option<&str> = None;
    let mut several = false;
    let mut unknown = false;
    for s in &private {
        match s.zone {
            Some(z) => match first {
                None => first = Some(z),
                Some(f) if f != z => several = true,
                Some(_) => {}
            },
            None => {
                unknown = true;
                e.need(
                    subnet_path(s, "zone"),
                    "whether the private subnets span two availability zones",
                );
            }
        }
    }
    if unknown || several {
        return;
    }
    let Some(zone) = first else { return };
    e.emit(
        "/network/subnets",
        msg!(
            "the private subnets are all in zone `",
            zone,
            "`: EKS needs them in at least 2 zones"
        ),
        Some("put a private subnet in a second availability zone".to_string()),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::zones::testing::{reports, same_as_reference};

    /// The earlier check (a list of distinct zones, searched per subnet), as the reference.
    fn quadratic(cx: &Context<'_>, e: &mut Emitter<'_>) {
        let private: Vec<_> = cx
            .subnets()
            .iter()
            .filter(|s| s.kind == Some(SubnetType::Private))
            .collect();
        if private.is_empty() {
            return;
        }
        if let Some(needed) = cx.profile.network.private_subnet_count {
            if private.len() < needed as usize {
                return;
            }
        }
        let mut zones: Vec<&str> = Vec::new();
        let mut unknown = false;
        for s in &private {
            match &s.zone {
                Some(z) => {
                    if !zones.contains(z) {
                        zones.push(z);
                    }
                }
                None => {
                    unknown = true;
                    e.need(
                        subnet_path(s, "zone"),
                        "whether the private subnets span two availability zones",
                    );
                }
            }
        }
        if unknown || zones.len() >= 2 {
            return;
        }
        let Some(zone) = zones.first() else { return };
        e.emit(
            "/network/subnets",
            format!(
                "the private subnets are all in zone `{zone}`: EKS needs them in at least 2 zones"
            ),
            Some("put a private subnet in a second availability zone".to_string()),
        );
    }

    #[test]
    fn same_findings_as_the_quadratic_check() {
        same_as_reference(19, 3000, &RULE, check, quadratic, reports, 25);
    }
}
