//! `kubernetes-version-validated`: eks below the validated version (katonic 1.30)
use crate::input::model::Distribution;
use crate::input::version::parse_kube_version;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "kubernetes-version-validated",
    severity: Severity::Warning,
    area: Area::Kubernetes,
    providers: &[],
    title: "EKS version older than the one the vendor validated",
    what: "On EKS (`kubernetes.distribution: eks`, or `provider: aws` without a distribution), \
the major.minor of `kubernetes.version` against the EKS version the profile's vendor validated \
(katonic: 1.30; domino names none). The patch level is ignored: `1.30.0` and `1.30.8` are both \
1.30.",
    why: "The vendor tests each release on specific EKS versions. Older ones may work (the hard \
floor is `kubernetes-version-min`), but you are off the tested path and support may ask you to \
upgrade first; EKS also retires old versions on a fixed calendar.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Kubernetes(EKS) version\": \
\"Katonic MLOps platform 5.0.9 version has been validated with Kubernetes(EKS) version 1.30 and \
above.\"; the same guide, \"Resources Provisioned Post-Installation\", row \"EKS Cluster\": \
\"Version 1.30\".",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.29"}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    if cx.distribution != Some(Distribution::Eks) {
        return;
    }
    let Some(version) = cx.kubernetes_version() else {
        return;
    };
    let Some(validated) = cx
        .profile
        .kubernetes
        .validated_versions
        .get(&Distribution::Eks)
        .and_then(|v| parse_kube_version(v))
    else {
        return;
    };
    if (version.major, version.minor) >= (validated.major, validated.minor) {
        return;
    }
    let v = msg!(validated.major, '.', validated.minor);
    e.emit(
        "/kubernetes/version",
        msg!(
            "EKS ",
            version.major,
            '.',
            version.minor,
            " is older than ",
            v,
            ", the EKS version the ",
            cx.profile.name,
            " profile was validated on"
        ),
        Some(msg!("use EKS ", v, " or later")),
    );
}
