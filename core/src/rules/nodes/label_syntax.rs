//! `label-syntax`: a label key or value is not valid Kubernetes syntax exactly as Kubernetes validates it
use crate::input::pointer;
use crate::names::labels::{validate_key, validate_value};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "label-syntax",
    severity: Severity::Error,
    area: Area::Nodes,
    providers: &[],
    title: "node label that Kubernetes rejects",
    what: "Every label key and value of every node pool (whatever its role, `other` included), \
exactly as Kubernetes validates them. A key is an optional prefix and `/`, then a name. The \
prefix is a lowercase DNS-1123 subdomain of at most 253 characters: dot-separated parts of \
`[a-z0-9]([-a-z0-9]*[a-z0-9])?` (Kubernetes sets no per-part limit here). The name has at most \
63 characters of `[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?`. A value is empty or at most 63 \
characters of the same pattern. A key and its value are reported separately, both at \
`/nodePools/i/labels/<key>`.",
    why: "The API server rejects a node with an invalid label: the node pool cannot be created, \
or its nodes never register, and the error shows up late, in the cloud console or the kubelet \
log rather than in the plan.",
    source: "Kubernetes documentation, \"Labels and Selectors — Syntax and character set\" \
(https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set): \
\"Valid label keys have two segments: an optional prefix and name, separated by a slash (/). The \
name segment is required and must be 63 characters or less, beginning and ending with an \
alphanumeric character ([a-z0-9A-Z]) with dashes (-), underscores (_), dots (.), and \
alphanumerics between. The prefix is optional. If specified, the prefix must be a DNS \
subdomain\". The labels a pool carries come from the vendors, for example Domino Data Lab \
documentation, \"Cluster requirements — Platform pool requirements\": \"Labels: \
dominodatalab.com/node-pool: platform\".",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform",
                 "labels": {"Team.Example.com/owner": "data-science"}}]
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform",
                 "labels": {"team.example.com/owner": "data-science"}}]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    for pool in &cx.pools {
        let Some(labels) = &pool.pool.labels else {
            continue;
        };
        for (key, value) in labels {
            let path = || pointer::join(&pool.field("labels"), key);
            if let Err(reason) = validate_key(key) {
                e.emit(
                    path(),
                    msg!(
                        "label key `",
                        key,
                        "` of ",
                        pool.label(),
                        " is not valid: ",
                        reason
                    ),
                    Some(
                        "write the key as an optional lowercase DNS prefix and `/`, then a name \
                         of at most 63 letters, digits, `-`, `_` or `.` that starts and ends with \
                         a letter or digit"
                            .to_string(),
                    ),
                );
            }
            if let Err(reason) = validate_value(value) {
                e.emit(
                    path(),
                    msg!(
                        "label value `",
                        value,
                        "` of `",
                        key,
                        "` on ",
                        pool.label(),
                        " is not valid: ",
                        reason
                    ),
                    Some(
                        "write the value as at most 63 letters, digits, `-`, `_` or `.` that \
                         start and end with a letter or digit, or leave it empty"
                            .to_string(),
                    ),
                );
            }
        }
    }
}
