//! `namespace-auto-create`: per-user namespaces without auto-creation.
use crate::input::model::NamespaceMode;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;

pub static RULE: Rule = Rule {
    id: "namespace-auto-create",
    severity: Severity::Error,
    area: Area::Namespaces,
    providers: &[],
    title: "per-user namespaces not auto-created",
    what: "In `per-user` mode `namespaces.autoCreate` must be `true` (\"Auto-create namespace\" \
in the Spark configuration). `per-team` and `fixed` modes do not need it: their namespaces exist \
in advance. Silent when `mode` is absent; an absent `autoCreate` in `per-user` mode is unknown \
(under `strict`, not described).",
    why: "Each user's namespace is created the first time that user starts a job. Without \
auto-creation the first job of every new user fails, because the namespace its service account \
and pods belong in does not exist.",
    source: "Dataiku DSS documentation, \"Setup with Kubernetes — One-namespace-per-user setup\": \
\"Enable 'Auto-create namespace'\" and, for each job of a user U, DSS will \"Create if needed the \
`dss-ns-U` namespace\"; \"One-namespace-per-team setup\": \"With this setup, there may be a fixed \
number of namespaces so you don't need to auto-create namespaces.\" (inner quotes shown as \
single quotes)",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "onprem",
  "kubernetes": { "version": "1.30" },
  "namespaces": { "mode": "per-user", "template": "dss-ns-${dssUserLogin}", "autoCreate": false }
}"#,
        passes: r#"{
  "provider": "onprem",
  "kubernetes": { "version": "1.30" },
  "namespaces": { "mode": "per-user", "template": "dss-ns-${dssUserLogin}", "autoCreate": true }
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(ns) = cx.doc.namespaces.as_ref() else {
        return;
    };
    if ns.mode != Some(NamespaceMode::PerUser) {
        return;
    }
    match ns.auto_create {
        None => e.need(
            "/namespaces/autoCreate",
            "whether each user's namespace is created on first use",
        ),
        Some(true) => {}
        Some(false) => e.emit(
            "/namespaces/autoCreate",
            "`namespaces.autoCreate` is `false` in per-user mode: DSS must create each user's \
             namespace the first time that user starts a job",
            Some(
                "set `namespaces.autoCreate` to `true` and enable \"Auto-create namespace\" in \
                 the Spark configuration"
                    .to_string(),
            ),
        ),
    }
}
