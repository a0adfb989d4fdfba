//! `namespace-template-variable`: the template lacks the variable its mode depends on.
use super::{has_admin_property, USER_LOGIN};
use crate::input::model::NamespaceMode;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "namespace-template-variable",
    severity: Severity::Error,
    area: Area::Namespaces,
    providers: &[],
    title: "namespace template lacks its mode's variable",
    what: "In `per-user` mode the template must contain `${dssUserLogin}`; in `per-team` mode \
it must contain an admin property, `${adminProperty:NAME}` with a non-empty `NAME`. `fixed` mode \
needs neither (its template is a plain namespace name, which `namespace-template` checks). \
Silent when `mode` or `template` is absent.",
    why: "The variable is what gives each user (or team) a namespace of its own. A per-user \
template without `${dssUserLogin}` sends every user's Spark jobs into one shared namespace, \
with service accounts that can reach each other's pods: the isolation the mode promises is gone \
without any error.",
    source: "Dataiku DSS documentation, \"Setup with Kubernetes — One-namespace-per-user setup\": \
\"In 'Target namespace', enter something like `dss-ns-${dssUserLogin}`\"; \
\"One-namespace-per-team setup\": \"In 'Target namespace', enter something like \
`${adminProperty:k8sNS}`\" and \"Then, for each user, you need to set an 'admin property' named \
`k8sNS`, with the name of the team namespace to use for this user.\" (inner quotes shown as \
single quotes)",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "onprem",
  "kubernetes": { "version": "1.30" },
  "namespaces": { "mode": "per-user", "template": "dss-ns" }
}"#,
        passes: r#"{
  "provider": "onprem",
  "kubernetes": { "version": "1.30" },
  "namespaces": { "mode": "per-user", "template": "dss-ns-${dssUserLogin}" }
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(ns) = cx.doc.namespaces.as_ref() else {
        return;
    };
    let Some(mode) = ns.mode else { return };
    if mode == NamespaceMode::Fixed {
        return;
    }
    let Some(template) = ns.template else {
        e.need(
            "/namespaces/template",
            "whether the namespace template holds its mode's variable",
        );
        return;
    };
    match mode {
        NamespaceMode::PerUser if !template.contains(USER_LOGIN) => e.emit(
            "/namespaces/template",
            msg!(
                "per-user namespace template `",
                template,
                "` does not contain `",
                USER_LOGIN,
                "`: every \
                 user would share one namespace"
            ),
            Some(msg!(
                "put the login into the name, for example `dss-ns-",
                USER_LOGIN,
                '`'
            )),
        ),
        NamespaceMode::PerTeam if !has_admin_property(template) => e.emit(
            "/namespaces/template",
            msg!(
                "per-team namespace template `",
                template,
                "` does not contain \
                 `${adminProperty:…}`: users cannot be sent to their team's namespace"
            ),
            Some(
                "use an admin property that holds each user's team namespace, for example \
                 `${adminProperty:k8sNS}`"
                    .to_string(),
            ),
        ),
        _ => {}
    }
}
