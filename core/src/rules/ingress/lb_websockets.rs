//! `lb-websockets`: the load balancer does not support WebSocket connections.
use super::{load_balancer, need_lb_field};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "lb-websockets",
    severity: Severity::Error,
    area: Area::Ingress,
    providers: &[],
    title: "load balancer does not support WebSockets",
    what: "`ingress.loadBalancer.websockets` must not be `false`: the load balancer must pass \
WebSocket connections (HTTP `Upgrade`) through. Absent means unknown.",
    why: "Notebooks, terminals and live logs in the platform talk to the browser over \
WebSockets. A load balancer that drops the `Upgrade` handshake (an AWS Classic Load Balancer \
with HTTP listeners, for example) lets pages load but leaves kernels and terminals dead.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Ingress and SSL\": \
\"This load balancer must support websocket connections.\"; Domino Data Lab documentation, \
\"Cluster requirements\": \"This load balancer must support WebSocket connections.\"",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": { "fqdn": "ml.example.com", "loadBalancer": { "websockets": false } }
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": { "fqdn": "ml.example.com", "loadBalancer": { "websockets": true } }
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    match load_balancer(cx).and_then(|lb| lb.websockets) {
        Some(false) => e.emit(
            "/ingress/loadBalancer/websockets",
            msg!(
                "the load balancer does not support WebSocket connections: the ",
                cx.profile.name,
                " profile \
                 needs them"
            ),
            Some(
                "use a load balancer that passes WebSocket upgrades through (on AWS an \
                 Application or Network Load Balancer)"
                    .to_string(),
            ),
        ),
        Some(true) => {}
        None => need_lb_field(
            cx,
            e,
            "websockets",
            "whether the load balancer supports WebSocket connections",
        ),
    }
}
