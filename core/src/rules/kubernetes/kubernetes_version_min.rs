//! `kubernetes-version-min`: version below the profile minimum (katonic 1.20)
use crate::input::version::short;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "kubernetes-version-min",
    severity: Severity::Error,
    area: Area::Kubernetes,
    providers: &[],
    title: "Kubernetes older than the platform supports",
    what: "`kubernetes.version` against the profile's minimum version (katonic: 1.20; domino \
sets none). Vendor forms are read as Kubernetes prints them: `1.19`, `v1.19.16`, \
`1.19.16-eks-abc` are all 1.19; a version without a patch number means its `.0` release.",
    why: "The platform's charts use Kubernetes APIs that older releases do not serve; the \
installation fails, or worse, parts of it silently do not start.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements\", whose first \
requirement reads \"Kubernetes 1.20+\".",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "onprem", "kubernetes": {"version": "1.19"}}"#,
        passes: r#"{"provider": "onprem", "kubernetes": {"version": "1.20"}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let (Some(version), Some(min)) = (cx.kubernetes_version(), cx.profile.min_version()) else {
        return;
    };
    if *version >= min {
        return;
    }
    let text = cx
        .doc
        .kubernetes
        .as_ref()
        .and_then(|k| k.version.as_ref())
        .map_or_else(|| short(version), |v| v.text.to_string());
    let min = short(&min);
    e.emit(
        "/kubernetes/version",
        msg!(
            "Kubernetes `",
            text,
            "` is older than ",
            min,
            ", the lowest version the ",
            cx.profile.name,
            " profile supports"
        ),
        Some(msg!("use Kubernetes ", min, " or later")),
    );
}
