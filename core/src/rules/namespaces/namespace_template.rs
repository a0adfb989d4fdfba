//! `namespace-template`: the namespace template gives a name Kubernetes rejects.
use super::{has_admin_property, USER_LOGIN};
use crate::names::dns::check_dns_label;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

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

/// The longest namespace name (a DNS-1123 label).
const MAX_NAME: usize = 63;

/// A long template as messages show it: its first 80 characters and an ellipsis.
fn shortened(template: &str) -> String {
    match template.char_indices().nth(80) {
        Some((at, _)) => msg!(template.get(..at).unwrap_or(template), '…'),
        None => template.to_string(),
    }
}

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
                msg!(
                    "namespace `",
                    template,
                    "` is not a valid namespace name: ",
                    reason
                ),
                Some(
                    "a namespace name holds at most 63 lowercase letters, digits and `-`, and \
                     starts and ends with a letter or digit"
                        .to_string(),
                ),
            );
        }
        return;
    }
    // A template whose fixed text is longer than a namespace name, or that repeats the login
    // more times than a name has characters, gives no valid name for any non-empty login: one
    // finding at the template, and no expansion whose size would multiply login by template.
    let uses = template.matches(USER_LOGIN).count();
    let fixed = template.len() - uses * USER_LOGIN.len();
    if fixed > MAX_NAME || uses > MAX_NAME {
        let why = if fixed > MAX_NAME {
            msg!("its fixed text alone is ", fixed, " characters")
        } else {
            msg!("it repeats the login ", uses, " times")
        };
        e.emit(
            "/namespaces/template",
            msg!(
                "namespace template `",
                shortened(template),
                "` gives names longer than ",
                MAX_NAME,
                " characters for every \
                 login: ",
                why
            ),
            Some(HINT_LOGIN.to_string()),
        );
        return;
    }
    let Some(logins) = ns.sample_logins.as_ref() else {
        e.need(
            "/namespaces/sampleLogins",
            "the namespace template expanded for sample logins",
        );
        return;
    };
    // Expanding costs the template's length, so per login it is linear in the name it gives
    // (the template is at most 15 times as long as the name for a non-empty login), and that
    // name is either at most 63 bytes or invalid and printed. An empty login would cost the
    // whole template for a name that can be short: its expansion is made once.
    let mut empty: Option<(String, Result<(), String>)> = None;
    for login in logins {
        let expanded;
        let (name, verdict) = if login.value.is_empty() {
            let (name, verdict) = empty.get_or_insert_with(|| {
                let name = template.replace(USER_LOGIN, "");
                let verdict = check_dns_label(&name);
                (name, verdict)
            });
            (name.as_str(), verdict.clone())
        } else {
            expanded = template.replace(USER_LOGIN, login.value);
            (expanded.as_str(), check_dns_label(&expanded))
        };
        if let Err(reason) = verdict {
            e.emit(
                msg!("/namespaces/sampleLogins/", login.index),
                msg!(
                    "login `",
                    login.value,
                    "` gives namespace `",
                    name,
                    "`, not a valid namespace name: ",
                    reason
                ),
                Some(HINT_LOGIN.to_string()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::zones::testing::{run, Lcg};
    use serde_json::json;

    /// The earlier loop (the template expanded for every login), as the reference.
    fn quadratic(cx: &Context<'_>, e: &mut Emitter<'_>) {
        let Some(ns) = cx.doc.namespaces.as_ref() else {
            return;
        };
        let (Some(template), Some(logins)) = (ns.template, ns.sample_logins.as_ref()) else {
            return;
        };
        if has_admin_property(template) || !template.contains(USER_LOGIN) {
            return;
        }
        for login in logins {
            let name = template.replace(USER_LOGIN, login.value);
            if let Err(reason) = check_dns_label(&name) {
                e.emit(
                    format!("/namespaces/sampleLogins/{}", login.index),
                    format!(
                        "login `{}` gives namespace `{name}`, not a valid namespace name: \
                         {reason}",
                        login.value
                    ),
                    Some(HINT_LOGIN.to_string()),
                );
            }
        }
    }

    #[test]
    fn same_findings_as_expanding_every_login() {
        let mut rng = Lcg(5);
        let pieces = ["${dssUserLogin}", "dss", "-", "ns", "X", "."];
        let logins = ["", "", "alice", "Bob", "bob-smith", "-", "a.b", "x"];
        let mut fired = 0;
        for case in 0..500 {
            let mut template: String = (0..rng.below(6)).map(|_| rng.pick(&pieces)).collect();
            template.push_str(USER_LOGIN);
            let sample: Vec<&str> = (0..rng.below(6)).map(|_| rng.pick(&logins)).collect();
            let doc = json!({"provider": "onprem", "kubernetes": {"version": "1.30"},
                "namespaces": {"mode": "per-user", "template": template, "sampleLogins": sample}});
            let want = run(&doc, &RULE, quadratic);
            fired += want.len();
            assert_eq!(run(&doc, &RULE, check), want, "case {case}: {doc}");
        }
        assert!(fired > 300, "only {fired} findings");
    }
}
