//! `distribution-provider`: distribution does not run on provider (eks only aws, aks only azure, gke only gcp)
use crate::input::model::{Distribution, Provider};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "distribution-provider",
    severity: Severity::Error,
    area: Area::Kubernetes,
    providers: &[],
    title: "distribution that does not run on the provider",
    what: "A stated `kubernetes.distribution` against `provider`: `eks` runs only on `aws`, \
`aks` only on `azure`, `gke` only on `gcp`. The other distributions (`openshift`, `kubespray`, \
`rke2`, `k3s`, `other`) run anywhere. Without a distribution the provider's default is assumed, \
which always fits.",
    why: "A mismatch means one of the two fields is wrong, and every provider-specific rule \
(subnets, storage, object stores) then checks against the wrong cloud.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Cluster creation\": \
\"We use AKS and EKS. If it's On-premise we install kubernetes using Kubespray.\" Each managed \
distribution is its cloud's own service: Amazon EKS User Guide \
(https://docs.aws.amazon.com/eks/latest/userguide/what-is-eks.html), Azure Kubernetes Service \
documentation (https://learn.microsoft.com/en-us/azure/aks/what-is-aks), Google Kubernetes Engine \
documentation \
(https://cloud.google.com/kubernetes-engine/docs/concepts/kubernetes-engine-overview).",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "azure", "kubernetes": {"version": "1.30", "distribution": "eks"}}"#,
        passes: r#"{"provider": "azure", "kubernetes": {"version": "1.30", "distribution": "aks"}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let (Some(provider), Some(distribution)) = (
        cx.provider,
        cx.doc.kubernetes.as_ref().and_then(|k| k.distribution),
    ) else {
        return;
    };
    let home = match distribution {
        Distribution::Eks => Provider::Aws,
        Distribution::Aks => Provider::Azure,
        Distribution::Gke => Provider::Gcp,
        _ => return,
    };
    if provider == home {
        return;
    }
    e.emit(
        "/kubernetes/distribution",
        msg!(
            "distribution `",
            distribution,
            "` runs only on ",
            home,
            ", not on `",
            provider,
            '`'
        ),
        Some(msg!(
            "use `",
            provider.default_distribution(),
            "` on ",
            provider,
            ", or set `provider` to `",
            home,
            '`'
        )),
    );
}
