//! `eks-fargate`: aws with `fargate: true` (no persistent volumes)
use crate::input::model::Provider;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;

pub static RULE: Rule = Rule {
    id: "eks-fargate",
    severity: Severity::Error,
    area: Area::Kubernetes,
    providers: &[Provider::Aws],
    title: "EKS on Fargate",
    what: "On `aws`, `kubernetes.fargate: true`: the cluster's pods run on AWS Fargate instead \
of EC2 nodes.",
    why: "Fargate pods cannot mount EBS volumes, and the platform's databases, Git and user \
workspaces all need block persistent volumes; the installation cannot succeed on Fargate.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Katonic on EKS\": \"Katonic \
cannot be installed on EKS Fargate since Fargate does not support stateful workloads with \
persistent volumes.\"; Katonic documentation, \"Kubernetes — Katonic on EKS\" says the same.",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30", "fargate": true}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30", "fargate": false}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    if cx.doc.kubernetes.as_ref().and_then(|k| k.fargate) != Some(true) {
        return;
    }
    e.emit(
        "/kubernetes/fargate",
        "`fargate` is true: EKS Fargate cannot mount the persistent volumes the platform needs",
        Some("run the platform on EC2 node groups and set `fargate` to false".to_string()),
    );
}
