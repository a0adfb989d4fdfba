//! ingress rules (SPEC §7), one file each, in catalog order, and what they share: the FQDN and
//! the add-on host names derived from it.
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
use crate::input::model::LoadBalancer;
use crate::names::dns::{check_dns_name, normalize_fqdn};

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

/// The normalised FQDN (`ML.Example.com.` → `ml.example.com`) when the document gives a valid
/// one. Rules other than `fqdn-invalid` stay silent on an invalid FQDN: that rule already says
/// what is wrong, and names derived from a broken name would only repeat it.
/// Computed once per validation ([`Context::fqdn`]).
pub fn valid_fqdn<'c>(cx: &'c Context<'_>) -> Option<&'c str> {
    cx.fqdn.as_deref()
}

/// What [`valid_fqdn`] returns, computed by [`Context::new`].
pub(crate) fn normalized_valid_fqdn(doc: &crate::input::model::Cluster) -> Option<String> {
    let raw = doc.ingress.as_ref()?.fqdn?;
    check_dns_name(raw).ok()?;
    Some(normalize_fqdn(raw))
}

/// One enabled add-on and the host name it is served at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddonHost {
    /// The key under `addons` (`superset`).
    pub key: &'static str,
    /// The profile's DNS prefix (`dash-`).
    pub prefix: String,
    /// Prefix + normalised FQDN: the first label gets the prefix (`dash-ml.example.com`).
    pub host: String,
}

impl AddonHost {
    /// The add-on's product name for messages.
    pub fn product(&self) -> &'static str {
        match self.key {
            "superset" => "Superset",
            "airbyte" => "Airbyte",
            other => other,
        }
    }
}

/// The enabled add-ons (`true` under `addons`) that the profile gives a DNS prefix, in document
/// schema order (superset, airbyte), with their host names for the normalised `fqdn`. A profile
/// without prefixes (domino) has none. Facts and rules both use this, so they cannot disagree.
pub fn addon_hosts(cx: &Context<'_>, fqdn: &str) -> Vec<AddonHost> {
    let Some(addons) = cx.doc.addons.as_ref() else {
        return Vec::new();
    };
    addons
        .all()
        .into_iter()
        .filter(|(_, enabled)| *enabled == Some(true))
        .filter_map(|(key, _)| {
            let prefix = cx.profile.addons.get(key)?;
            Some(AddonHost {
                key,
                prefix: prefix.clone(),
                host: format!("{prefix}{fqdn}"),
            })
        })
        .collect()
}

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
        Some(i) if i.load_balancer.is_some() => {
            e.need(format!("/ingress/loadBalancer/{field}"), what)
        }
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
            ]
        );
    }
}
