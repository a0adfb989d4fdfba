//! `lb-listeners`: a required listener is missing or forwards to the wrong port.
use super::{load_balancer, need_lb_field};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "lb-listeners",
    severity: Severity::Error,
    area: Area::Ingress,
    providers: &[],
    title: "load balancer listeners missing or misrouted",
    what: "Every listener the profile requires must be in `ingress.loadBalancer.listeners` with \
the required target port (katonic and domino: port 80 → 80 and port 443 → 80). A missing \
listener is reported at the list; a listener on the right port that forwards elsewhere at its \
`targetPort`. Listeners beyond the required ones are fine. Absent `listeners` is unknown; so is a \
listener without `targetPort`.",
    why: "The platform's ingress serves plain HTTP on port 80 of the platform nodes; TLS ends at \
the load balancer. Port 443 must therefore reach port 80 (forwarding it to 443 hits nothing), \
and port 80 must be open too so that `http://` links are redirected to HTTPS instead of timing \
out.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Ingress and SSL\": \
\"The load balancer must target incoming connections on ports 80 and 443 to port 80 on all nodes \
in the Platform pool.\"; Domino Data Lab documentation, \"Cluster requirements\" has the same \
sentence.",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": {
    "fqdn": "ml.example.com",
    "loadBalancer": { "listeners": [ { "port": 443, "targetPort": 443 } ] }
  }
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": {
    "fqdn": "ml.example.com",
    "loadBalancer": {
      "listeners": [ { "port": 80, "targetPort": 80 }, { "port": 443, "targetPort": 80 } ]
    }
  }
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let required = &cx.profile.ingress.listeners;
    if required.is_empty() {
        return;
    }
    let Some(listeners) = load_balancer(cx).and_then(|lb| lb.listeners.as_ref()) else {
        need_lb_field(
            cx,
            e,
            "listeners",
            "which ports the load balancer listens on and forwards to",
        );
        return;
    };
    for req in required {
        let on_port: Vec<_> = listeners
            .iter()
            .filter(|l| l.port == Some(req.port))
            .collect();
        if on_port.is_empty() {
            e.emit(
                "/ingress/loadBalancer/listeners",
                msg!(
                    "no listener on port ",
                    req.port,
                    ": the ",
                    cx.profile.name,
                    " profile needs port ",
                    req.port,
                    " forwarded to port ",
                    req.target_port
                ),
                Some(msg!(
                    "add `{\"port\": ",
                    req.port,
                    ", \"targetPort\": ",
                    req.target_port,
                    "}`"
                )),
            );
            continue;
        }
        if on_port
            .iter()
            .any(|l| l.target_port == Some(req.target_port))
        {
            continue;
        }
        let wrong = on_port
            .iter()
            .find_map(|l| l.target_port.map(|t| (l.index, t)));
        match wrong {
            Some((index, target)) => e.emit(
                msg!("/ingress/loadBalancer/listeners/", index, "/targetPort"),
                msg!(
                    "listener on port ",
                    req.port,
                    " forwards to port ",
                    target,
                    ": the ",
                    cx.profile.name,
                    " profile needs port ",
                    req.target_port
                ),
                Some(msg!("set `targetPort` to ", req.target_port)),
            ),
            None => {
                for l in &on_port {
                    e.need(
                        msg!("/ingress/loadBalancer/listeners/", l.index, "/targetPort"),
                        "which port each required listener forwards to",
                    );
                }
            }
        }
    }
}
