//! `tls-san-coverage`: the certificate's SANs miss the FQDN or an enabled add-on host name.
use super::{addon_hosts, valid_fqdn};
use crate::names::dns::{check_dns_name, san_covers, wildcard_for};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "tls-san-coverage",
    severity: Severity::Error,
    area: Area::Ingress,
    providers: &[],
    title: "TLS certificate does not cover a host name",
    what: "When `ingress.tls.certificateSans` lists the certificate's subject alternative names, \
they must cover the FQDN and the host name of every enabled add-on (see `addon-dns-name`). A SAN \
covers a name when it is the same name (case-insensitive, one trailing dot ignored), or when it \
is a wildcard `*.example.com`, which covers exactly one label: `ml.example.com`, but neither \
`example.com` nor `a.b.example.com`. One finding per uncovered name, naming it. Absent SANs are \
unknown; an invalid FQDN or add-on name is left to `fqdn-invalid` / `addon-dns-name`.",
    why: "The load balancer terminates TLS with this certificate. A browser refuses a host name \
the certificate does not list, so the platform, or only its Superset or Airbyte pages, show a \
certificate error. Wildcards are a common trap: `*.example.com` does not cover `example.com` or \
a name two labels deeper.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Domain\": \"If you want to \
serve Katonic securely over HTTPS, you will also need an SSL certificate that covers the chosen \
domain name.\"; \"Data Visualisation\" and \"Connectors\": \"You require an additional DNS if \
you're installing Superset.\" (and Airbyte); Katonic documentation, \"Kubernetes — Cluster \
requirements — Ingress and SSL\": \"an SSL-terminating load balancer with a valid certificate\". \
Wildcard matching: RFC 6125, section 6.4.3 \
(https://www.rfc-editor.org/rfc/rfc6125#section-6.4.3).",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": {
    "fqdn": "ml.example.com",
    "tls": { "certificateSans": ["ml.example.com"] }
  },
  "addons": { "superset": true }
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": {
    "fqdn": "ml.example.com",
    "tls": { "certificateSans": ["ml.example.com", "*.example.com"] }
  },
  "addons": { "superset": true }
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(fqdn) = valid_fqdn(cx) else { return };
    let Some(sans) = cx
        .doc
        .ingress
        .as_ref()
        .and_then(|i| i.tls.as_ref())
        .and_then(|t| t.certificate_sans.as_ref())
    else {
        e.need(
            "/ingress/tls/certificateSans",
            "whether the TLS certificate covers the platform's host names",
        );
        return;
    };
    let covered = |host: &str| sans.iter().any(|san| san_covers(san.value, host));
    let hint = |host: &str| {
        Some(match wildcard_for(host) {
            Some(w) => msg!("add `", host, "` (or `", w, "`) to the certificate's SANs"),
            None => msg!("add `", host, "` to the certificate's SANs"),
        })
    };
    if !covered(fqdn) {
        e.emit(
            "/ingress/tls/certificateSans",
            msg!("certificate SANs do not cover the FQDN `", fqdn, '`'),
            hint(fqdn),
        );
    }
    for addon in addon_hosts(cx, fqdn) {
        if check_dns_name(&addon.host).is_err() || covered(&addon.host) {
            continue;
        }
        e.emit(
            "/ingress/tls/certificateSans",
            msg!(
                "certificate SANs do not cover `",
                addon.host,
                "`, the ",
                addon.product(),
                " host name"
            ),
            hint(&addon.host),
        );
    }
}
