//! `namespace-template`: the namespace template gives a name Kubernetes rejects.
use super::{has_admin_property, USER_LOGIN};
use crate::names::dns::check_dns_label;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;

pub static RULE: Rule = Rule {
    id: "namespace-template",
    severity: Severity::Error,
    area: Area::Namespaces,
    providers: &[],
    title: "namespace template gives an invalid namespace name",
    what: "The namespace template (`namespaces.template`), expanded for each of \
`namespaces.sampleLogins`, must give a valid Kubernetes namespace name: a DNS-1123 label of at \
most 63 lowercase letters, digits and `-`, starting and ending with a letter or digit. \
`${dssUserLogin}` is replaced by the login exactly as written: the DSS guide describes no \
lowercasing or other clean-up, so `Bob.Smith@corp` gives `dss-ns-Bob.Smith@corp`. One finding \
per failing login, naming the login and the expansion.\n\n\
A template without variables (`fixed` mode) is the namespace name itself and is checked once, \
at `/namespaces/template`. A template with `${adminProperty:…}` (`per-team` mode) is not \
checked: the property's value is set per user inside DSS and the description does not hold it. \
Without `sampleLogins` a per-user template is unknown.",
    why: "DSS creates the namespace the first time a user starts a job. A login that does not \
fit the template (upper case, a dot or `@`, a long login that pushes the name past 63 \
characters) makes namespace creation fail for that user only, long after the installation \
looked fine. Checking a few real logins catches it up front.",
    source: "Dataiku DSS documentation, \"Setup with Kubernetes — One-namespace-per-user setup\": \
\"In 'Target namespace', enter something like `dss-ns-${dssUserLogin}`\" and \"Each time a user U \
starts a Job that uses this particular Spark configuration, DSS will:\" … \"Create if needed the \
`dss-ns-U` namespace\" (inner quotes shown as single quotes). Namespace names: Kubernetes \
documentation, \"Object Names and IDs — RFC 1123 Label Names\" \
(https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names): \
\"Some resource types require their names to follow the DNS label standard as defined in RFC \
1123.\" (at most 63 characters, lowercase alphanumerics or `-`, starting and ending with an \
alphanumeric).",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "onprem",
  "kubernetes": { "version": "1.30" },
  "namespaces": {
    "mode": "per-user",
    "template": "dss-ns-${dssUserLogin}",
    "sampleLogins": ["alice", "Bob.Smith@corp"]
  }
}"#,
        passes: r#"{
  "provider": "onprem",
  "kubernetes": { "version": "1.30" },
  "namespaces": {
    "mode": "per-user",
    "template": "dss-ns-${dssUserLogin}",
    "sampleLogins": ["alice", "bob-smith"]
  }
}"#,
    },
    check: Some(check),
};

const HINT_LOGIN: &str = "DSS puts the login into the name unchanged: a namespace name holds at \
most 63 lowercase letters, digits and `-`, and starts and ends with a letter or digit; use a \
shorter template or logins that fit";

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(ns) = cx.doc.namespaces.as_ref() else {
        return;
    };
    let Some(template) = ns.template else {
        return;
    };
    if has_admin_property(template) {
        return;
    }
    if !template.contains(USER_LOGIN) {
        if let Err(reason) = check_dns_label(template) {
            e.emit(
                "/namespaces/template",
                format!("namespace `{template}` is not a valid namespace name: {reason}"),
                Some(
                    "a namespace name holds at most 63 lowercase letters, digits and `-`, and \
                     starts and ends with a letter or digit"
                        .to_string(),
                ),
            );
        }
        return;
    }
    let Some(logins) = ns.sample_logins.as_ref() else {
        e.need(
            "/namespaces/sampleLogins",
            "the namespace template expanded for sample logins",
        );
        return;
    };
    for login in logins {
        let name = template.replace(USER_LOGIN, login.value);
        if let Err(reason) = check_dns_label(&name) {
            e.emit(
                format!("/namespaces/sampleLogins/{}", login.index),
                format!(
                    "login `{}` gives namespace `{name}`, not a valid namespace name: {reason}",
                    login.value
                ),
                Some(HINT_LOGIN.to_string()),
            );
        }
    }
}
