//! `lb-forwarded-proto`: the load balancer does not set `X-Forwarded-Proto`.
use super::{load_balancer, need_lb_field};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "lb-forwarded-proto",
    severity: Severity::Error,
    area: Area::Ingress,
    providers: &[],
    title: "load balancer does not set X-Forwarded-Proto",
    what: "`ingress.loadBalancer.xForwardedProto` must not be `false`: the TLS-terminating load \
balancer must add the `X-Forwarded-Proto` header to the requests it forwards. Absent means \
unknown. The domino profile makes this an error; the katonic profile turns the rule `off` (its \
guides do not ask for the header).",
    why: "Behind a TLS-terminating load balancer every request reaches the platform as plain \
HTTP. Domino learns that the browser used HTTPS only from `X-Forwarded-Proto`; without it, it \
builds `http://` redirects and callback URLs, which break logins and mixed-content rules. \
Domino does not read the standard `Forwarded` header instead.",
    source: "Domino Data Lab documentation, \"Cluster requirements\": \"In order for Domino to \
correctly detect the protocol of incoming requests, the SSL-terminating load balancer must \
properly set the X-Forwarded-Proto header. Domino does not currently support the alternative \
Forwarded header.\" The Katonic documentation does not ask for the header.",
    example: Example {
        options: r#"{ "profile": "domino" }"#,
        fails: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": { "fqdn": "ml.example.com", "loadBalancer": { "xForwardedProto": false } }
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": { "fqdn": "ml.example.com", "loadBalancer": { "xForwardedProto": true } }
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    match load_balancer(cx).and_then(|lb| lb.x_forwarded_proto) {
        Some(false) => e.emit(
            "/ingress/loadBalancer/xForwardedProto",
            msg!(
                "the load balancer does not set `X-Forwarded-Proto`: the ",
                cx.profile.name,
                " profile needs it to \
                 tell HTTPS requests from HTTP"
            ),
            Some(
                "make the load balancer set `X-Forwarded-Proto` (the `Forwarded` header is not \
                 read instead)"
                    .to_string(),
            ),
        ),
        Some(true) => {}
        None => need_lb_field(
            cx,
            e,
            "xForwardedProto",
            "whether the load balancer sets `X-Forwarded-Proto`",
        ),
    }
}
