//! `lb-tls-termination`: the load balancer does not terminate TLS.
use super::{load_balancer, need_lb_field};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "lb-tls-termination",
    severity: Severity::Error,
    area: Area::Ingress,
    providers: &[],
    title: "load balancer does not terminate TLS",
    what: "`ingress.loadBalancer.tlsTermination` must not be `false`: the load balancer in front \
of the platform terminates TLS (HTTPS) itself. Absent means unknown.",
    why: "The platform's ingress listens on plain HTTP port 80 behind the load balancer (see \
`lb-listeners`). A load balancer that only passes TCP through leaves HTTPS connections with \
nobody to complete the TLS handshake, so browsers cannot reach the platform.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Ingress and SSL\": \
\"DNS for that name should resolve to the address of an SSL-terminating load balancer with a \
valid certificate.\"; Domino Data Lab documentation, \"Cluster requirements\": \"DNS for that \
name must resolve to the address of an SSL-terminating load balancer with a valid certificate.\"",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": { "fqdn": "ml.example.com", "loadBalancer": { "tlsTermination": false } }
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": { "fqdn": "ml.example.com", "loadBalancer": { "tlsTermination": true } }
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    match load_balancer(cx).and_then(|lb| lb.tls_termination) {
        Some(false) => e.emit(
            "/ingress/loadBalancer/tlsTermination",
            msg!(
                "the load balancer does not terminate TLS: the ",
                cx.profile.name,
                " profile needs an \
                 SSL-terminating load balancer with a valid certificate"
            ),
            Some(
                "terminate HTTPS at the load balancer (an HTTPS listener with the platform's \
                 certificate) and forward plain HTTP to port 80"
                    .to_string(),
            ),
        ),
        Some(true) => {}
        None => need_lb_field(
            cx,
            e,
            "tlsTermination",
            "whether the load balancer terminates TLS",
        ),
    }
}
