//! ingress rules, one file each, in catalog order. The FQDN and the add-on host names derived
//! from it live in `analysis::ingress`: the facts show them too.
mod addon_dns_name;
mod fqdn_invalid;
mod fqdn_nested_install;
mod lb_forwarded_proto;
mod lb_health_check;
mod lb_listeners;
mod lb_tls_termination;
mod lb_websockets;
mod ntp;
mod tls_san_coverage;

use super::{Context, Rule};
pub(crate) use crate::analysis::ingress::{addon_hosts, valid_fqdn};
use crate::input::model::LoadBalancer;
use crate::text::msg;

/// The ingress rules, in registry order.
pub static RULES: &[&Rule] = &[
    &fqdn_invalid::RULE,
    &fqdn_nested_install::RULE,
    &addon_dns_name::RULE,
    &tls_san_coverage::RULE,
    &lb_tls_termination::RULE,
    &lb_listeners::RULE,
    &lb_websockets::RULE,
    &lb_forwarded_proto::RULE,
    &lb_health_check::RULE,
    &ntp::RULE,
];

/// The load balancer section, when described.
pub(crate) fn load_balancer<'a>(cx: &Context<'a>) -> Option<&'a LoadBalancer<'a>> {
    cx.doc.ingress.as_ref()?.load_balancer.as_ref()
}

/// Records that a load-balancer rule needed `field` (`tlsTermination`): the field itself when
/// the load balancer is described, else the whole `loadBalancer` section when `ingress` is.
pub(crate) fn need_lb_field(
    cx: &Context<'_>,
    e: &mut super::Emitter<'_>,
    field: &str,
    what: &'static str,
) {
    match cx.doc.ingress.as_ref() {
        Some(i) if i.load_balancer.is_some() => e.need(msg!("/ingress/loadBalancer/", field), what),
        Some(_) => e.need("/ingress/loadBalancer", what),
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    /// `not-described` messages of one strict validation, keyed by path, for the paths the
    /// ingress and namespaces rules need (other areas' needs are ignored).
    fn needs(doc: serde_json::Value, profile: &str) -> Vec<(String, String)> {
        let options =
            crate::Options::from_value(&json!({"strict": true, "profile": profile})).unwrap();
        let report = crate::validate(&doc, &options).unwrap();
        report
            .findings
            .into_iter()
            .filter(|f| f.rule == "not-described")
            .filter(|f| {
                ["/ingress", "/ntp", "/namespaces"]
                    .iter()
                    .any(|p| f.path.starts_with(p))
            })
            .map(|f| (f.path, f.message))
            .collect()
    }

    #[test]
    fn strict_reports_what_ingress_rules_needed() {
        let got = needs(
            json!({"provider": "aws", "kubernetes": {"version": "1.30"}}),
            "katonic",
        );
        assert_eq!(
            got,
            vec![
                (
                    "/ingress".to_string(),
                    "`ingress` is not described: `fqdn-invalid` checks whether the platform's \
                     DNS name is valid"
                        .to_string()
                ),
                (
                    "/ntp".to_string(),
                    "`ntp` is not described: `ntp` checks whether every node runs NTP".to_string()
                ),
            ]
        );
    }

    #[test]
    fn strict_names_each_missing_load_balancer_field() {
        let doc = json!({"provider": "aws", "kubernetes": {"version": "1.30"}, "ntp": true,
            "ingress": {"fqdn": "ml.example.com", "tls": {"certificateSans": ["ml.example.com"]},
                        "loadBalancer": {"listeners": [{"port": 80, "targetPort": 80}, {"port": 443}],
                                         "healthCheck": {"port": 80}}}});
        let paths: Vec<String> = needs(doc.clone(), "domino")
            .into_iter()
            .map(|n| n.0)
            .collect();
        assert_eq!(
            paths,
            [
                "/ingress/loadBalancer/tlsTermination",
                "/ingress/loadBalancer/listeners/1/targetPort",
                "/ingress/loadBalancer/websockets",
                "/ingress/loadBalancer/xForwardedProto",
                "/ingress/loadBalancer/healthCheck/protocol",
                "/ingress/loadBalancer/healthCheck/path",
            ]
        );
        // katonic turns lb-forwarded-proto and lb-health-check off: they need nothing.
        let paths: Vec<String> = needs(doc, "katonic").into_iter().map(|n| n.0).collect();
        assert_eq!(
            paths,
            [
                "/ingress/loadBalancer/tlsTermination",
                "/ingress/loadBalancer/listeners/1/targetPort",
                "/ingress/loadBalancer/websockets",
            ]
        );
    }

    #[test]
    fn strict_asks_for_the_load_balancer_and_sans_when_ingress_is_described() {
        let doc = json!({"provider": "aws", "kubernetes": {"version": "1.30"}, "ntp": true,
            "ingress": {"fqdn": "ml.example.com"},
            "namespaces": {"mode": "per-user", "template": "dss-ns-${dssUserLogin}"}});
        let paths: Vec<String> = needs(doc, "katonic").into_iter().map(|n| n.0).collect();
        assert_eq!(
            paths,
            [
                "/ingress/tls/certificateSans",
                "/ingress/loadBalancer",
                "/namespaces/sampleLogins",
                "/namespaces/autoCreate",
            ]
        );
    }
}
