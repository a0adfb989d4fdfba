//! `lb-health-check`: the load balancer's health check is not the one the platform answers.
use super::{load_balancer, need_lb_field};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "lb-health-check",
    severity: Severity::Error,
    area: Area::Ingress,
    providers: &[],
    title: "load balancer health check is not HTTP on port 80 at /healthz",
    what: "`ingress.loadBalancer.healthCheck` must match the profile's health check (domino: \
`protocol` HTTP, `port` 80, `path` `/healthz`). Each field that differs is one finding at that \
field (`…/healthCheck/protocol`, `…/port`, `…/path`); the protocol is compared \
case-insensitively, the path exactly. An absent `healthCheck`, or an absent field in it, is \
unknown. The domino profile makes this an error; the katonic profile turns the rule `off`.",
    why: "The load balancer sends traffic only to nodes whose health check passes. A TCP check, \
another port or a path the platform does not answer with 200 marks healthy platform nodes down \
(no traffic at all) or keeps sending traffic to nodes whose ingress is broken.",
    source: "Domino Data Lab documentation, \"Cluster requirements\": \"Health checks for this \
load balancer must use HTTP on port 80 and check for 200 responses from a path of /healthz.\" The \
Katonic documentation names no health check.",
    example: Example {
        options: r#"{ "profile": "domino" }"#,
        fails: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": {
    "fqdn": "ml.example.com",
    "loadBalancer": { "healthCheck": { "protocol": "TCP", "port": 80 } }
  }
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": {
    "fqdn": "ml.example.com",
    "loadBalancer": { "healthCheck": { "protocol": "HTTP", "port": 80, "path": "/healthz" } }
  }
}"#,
    },
    check: Some(check),
};

const BASE: &str = "/ingress/loadBalancer/healthCheck";

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(req) = cx.profile.ingress.health_check.as_ref() else {
        return;
    };
    let Some(hc) = load_balancer(cx).and_then(|lb| lb.health_check.as_ref()) else {
        need_lb_field(cx, e, "healthCheck", "the load balancer's health check");
        return;
    };
    let profile = &cx.profile.name;
    let hint = || {
        Some(msg!(
            "check ",
            req.protocol,
            " on port ",
            req.port,
            " at `",
            req.path,
            "` and expect a 200 response"
        ))
    };
    match hc.protocol {
        Some(p) if !p.eq_ignore_ascii_case(&req.protocol) => e.emit(
            msg!(BASE, "/protocol"),
            msg!(
                "health check protocol is `",
                p,
                "`: the ",
                profile,
                " profile needs `",
                req.protocol,
                '`'
            ),
            hint(),
        ),
        Some(_) => {}
        None => e.need(
            msg!(BASE, "/protocol"),
            "the protocol of the load balancer's health check",
        ),
    }
    match hc.port {
        Some(p) if p != req.port => e.emit(
            msg!(BASE, "/port"),
            msg!(
                "health check port is ",
                p,
                ": the ",
                profile,
                " profile needs port ",
                req.port
            ),
            hint(),
        ),
        Some(_) => {}
        None => e.need(
            msg!(BASE, "/port"),
            "the port of the load balancer's health check",
        ),
    }
    match hc.path {
        Some(p) if p != req.path => e.emit(
            msg!(BASE, "/path"),
            msg!(
                "health check path is `",
                p,
                "`: the ",
                profile,
                " profile needs `",
                req.path,
                '`'
            ),
            hint(),
        ),
        Some(_) => {}
        None => e.need(
            msg!(BASE, "/path"),
            "the path of the load balancer's health check",
        ),
    }
}
