//! Ingress values the rules and the facts both read: the valid FQDN and the add-on host names
//! derived from it, computed one way so they cannot disagree.
use super::Context;
use crate::input::model::Cluster;
use crate::names::dns::{check_dns_name, normalize_fqdn};
use crate::text::msg;

/// The normalised FQDN (`ML.Example.com.` → `ml.example.com`) when the document gives a valid
/// one. Rules other than `fqdn-invalid` stay silent on an invalid FQDN: that rule already says
/// what is wrong, and names derived from a broken name would only repeat it.
/// Computed once per validation ([`Context::fqdn`]).
pub(crate) fn valid_fqdn<'c>(cx: &'c Context<'_>) -> Option<&'c str> {
    cx.fqdn.as_deref()
}

/// What [`valid_fqdn`] returns, computed by [`Context::new`].
pub(crate) fn normalized_valid_fqdn(doc: &Cluster) -> Option<String> {
    let raw = doc.ingress.as_ref()?.fqdn?;
    check_dns_name(raw).ok()?;
    Some(normalize_fqdn(raw))
}

/// One enabled add-on and the host name it is served at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AddonHost {
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
pub(crate) fn addon_hosts(cx: &Context<'_>, fqdn: &str) -> Vec<AddonHost> {
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
                host: msg!(prefix, fqdn),
            })
        })
        .collect()
}
