//! `container-runtime-docker`: docker with Kubernetes ≥ 1.24 is an error (dockershim removed); docker on aws/azure/gcp, or with 1.21–1.23, is a warning; docker onprem below 1.21 passes
use crate::input::model::{ContainerRuntime, Provider};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "container-runtime-docker",
    severity: Severity::Error,
    area: Area::Kubernetes,
    providers: &[],
    title: "Docker as the container runtime",
    what: "`kubernetes.containerRuntime: docker`, in three cases. With Kubernetes 1.24 or later \
it is an **error**: the kubelet no longer talks to Docker (dockershim was removed). On `aws`, \
`azure` or `gcp` at any version, or with Kubernetes 1.21 to 1.23, it is a **warning**: Docker is \
deprecated and the managed services have moved to containerd. On `onprem` below 1.21 it passes: \
the installer still offers Docker there. With an unknown version only the provider case can \
be judged.",
    why: "Kubernetes 1.24 removed dockershim, so a Docker node cannot join a 1.24+ cluster. \
Before that, upgrades of managed clusters switch nodes to containerd, and images or daemon \
settings that rely on Docker break on the next upgrade.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Kubernetes 1.20+\": \
\"Starting with Kubernetes 1.21, Docker is deprecated as a container runtime. Some distributors \
of Kubernetes software and providers of managed Kubernetes services (such as AKS and EKS) may \
change their default runtime from Docker to containerd. If its On-premise and below to kubernetes \
version 1.21 then we will give option to choose between Docker and containerd.\" and \"From EKS \
1.22 they are changing their default runtime engine to containerd.\" Kubernetes documentation, \
\"Container Runtimes\" \
(https://kubernetes.io/docs/setup/production-environment/container-runtimes/): \"Dockershim has \
been removed from the Kubernetes project as of release 1.24.\"",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "onprem", "kubernetes": {"version": "1.24", "containerRuntime": "docker"}}"#,
        passes: r#"{"provider": "onprem", "kubernetes": {"version": "1.24", "containerRuntime": "containerd"}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(k) = &cx.doc.kubernetes else { return };
    if k.container_runtime != Some(ContainerRuntime::Docker) {
        return;
    }
    let path = "/kubernetes/containerRuntime";
    let hint = || Some("use `containerd` (or `cri-o`)".to_string());
    let version = k.version.as_ref();
    let minor = version.map(|v| (v.version.major, v.version.minor));
    let text = version.map(|v| v.text).unwrap_or_default();
    if minor.is_some_and(|m| m >= (1, 24)) {
        e.emit(
            path,
            msg!(
                "container runtime `docker` cannot run Kubernetes `",
                text,
                "`: dockershim was \
                 removed in 1.24"
            ),
            hint(),
        );
        return;
    }
    if !cx.profile.kubernetes.docker_deprecation {
        return;
    }
    let cloud = cx
        .provider
        .filter(|p| matches!(p, Provider::Aws | Provider::Azure | Provider::Gcp));
    if let Some(p) = cloud {
        e.emit_as(
            Severity::Warning,
            path,
            msg!(
                "container runtime `docker` is deprecated on ",
                p,
                ": the managed Kubernetes \
                 services move nodes to containerd"
            ),
            hint(),
        );
    } else if minor.is_some_and(|m| m >= (1, 21)) {
        e.emit_as(
            Severity::Warning,
            path,
            msg!(
                "container runtime `docker` is deprecated since Kubernetes 1.21 (this cluster \
                 runs `",
                text,
                "`), and Kubernetes 1.24 removes it"
            ),
            hint(),
        );
    }
}
