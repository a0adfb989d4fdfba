//! `subnet-elb-tags`: aws, when a subnet has `tags`: public subnets need `kubernetes.io/role/elb=1`, private `kubernetes.io/role/internal-elb=1`
use super::subnet_path;
use crate::input::model::{Provider, SubnetType};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "subnet-elb-tags",
    severity: Severity::Warning,
    area: Area::Network,
    providers: &[Provider::Aws],
    title: "subnet lacks its load balancer role tag",
    what: "On aws, for each subnet that has `tags`: a public subnet needs \
`kubernetes.io/role/elb` and a private subnet `kubernetes.io/role/internal-elb`, with the value \
`1` (an empty value is accepted too, as the AWS Load Balancer Controller does). Reported at the \
subnet's `tags`. Subnets without `tags` are not checked (their tags are unknown), nor subnets of \
unknown type, nor `pod` subnets (only pods take addresses there; no load balancer goes in them).",
    why: "Kubernetes finds the subnets for its load balancers by these tags: without them an \
internet-facing or internal load balancer for the platform's ingress cannot be placed, and the \
`Service` stays pending.",
    source: "AWS Load Balancer Controller documentation, \"Subnet Auto-Discovery\" \
(https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/deploy/subnet_discovery/): \
\"For internet-facing load balancers, the controller looks for public subnets with following \
tags\" (`kubernetes.io/role/elb`, value `1` or empty) and \"For internal load balancers, the \
controller looks for private subnets with following tags\" (`kubernetes.io/role/internal-elb`). \
Katonic documentation, \"Katonic AWS Private Cluster — Resources Provisioned Post-Installation\", \
row \"Classic Elastic Load Balancer\": \"Only 1 is required. Automatically gets created by EKS \
when required.\"",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "subnets": [
  {"name": "public", "cidr": "10.0.7.240/28", "type": "public", "tags": {"team": "ml"}}]}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "subnets": [
  {"name": "public", "cidr": "10.0.7.240/28", "type": "public",
   "tags": {"team": "ml", "kubernetes.io/role/elb": "1"}}]}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    for s in cx.subnets() {
        let Some(tags) = &s.tags else { continue };
        let Some(kind) = s.kind else { continue };
        let (tag, lb) = match kind {
            SubnetType::Public => ("kubernetes.io/role/elb", "internet-facing"),
            SubnetType::Private => ("kubernetes.io/role/internal-elb", "internal"),
            // Pods alone take addresses there: no load balancer is placed in it.
            SubnetType::Pod => continue,
        };
        let found = tags.get(tag).copied();
        if matches!(found, Some("1" | "")) {
            continue;
        }
        let name = match &s.name {
            Some(n) => msg!(kind, " subnet `", n, '`'),
            None => msg!(kind, " subnet `subnets[", s.index, "]`"),
        };
        let message = match found {
            Some("1" | "") => continue,
            Some(other) => msg!(
                name,
                " has the tag `",
                tag,
                '=',
                other,
                "`, not `",
                tag,
                "=1`"
            ),
            None => msg!(name, " lacks the tag `", tag, "=1`"),
        };
        e.emit(
            subnet_path(s, "tags"),
            message,
            Some(msg!(
                "tag it `",
                tag,
                ": \"1\"` so ",
                lb,
                " load balancers can use it"
            )),
        );
    }
}
