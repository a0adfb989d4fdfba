//! `ntp`: the nodes do not run NTP.
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "ntp",
    severity: Severity::Warning,
    area: Area::Ingress,
    providers: &[],
    title: "nodes without NTP",
    what: "`ntp: false` (the nodes have no working NTP configuration) is a finding; `ntp` absent \
is unknown. The severity comes from the profile: a warning for katonic, an error for domino.",
    why: "TLS certificates, SSO assertions (SAML, OIDC tokens) and Istio's mutual TLS all carry \
validity times. Nodes whose clocks drift reject valid certificates and tokens, which shows up \
as intermittent login and TLS failures that are hard to trace back to the clock.",
    source: "Domino Data Lab documentation, \"Cluster requirements\": \"To support SSO protocols, \
TLS connections to external services, intra-cluster TLS when using Istio, and to avoid general \
interoperability issues, the nodes in your Kubernetes cluster must have a valid Network Time \
Protocol (NTP) configuration.\" The Katonic documentation does not state it; the katonic profile \
keeps the rule as a warning.",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ntp": false
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ntp": true
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    match cx.doc.ntp {
        Some(false) => e.emit(
            "/ntp",
            msg!(
                "`ntp` is false: the ",
                cx.profile.name,
                " profile needs a valid NTP configuration on every node"
            ),
            Some(
                "configure an NTP client (chrony or systemd-timesyncd) on every node, for \
                 example against the cloud's time service"
                    .to_string(),
            ),
        ),
        Some(true) => {}
        None => e.need("/ntp", "whether every node runs NTP"),
    }
}
