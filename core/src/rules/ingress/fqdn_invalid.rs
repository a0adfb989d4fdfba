//! `fqdn-invalid`: the platform's FQDN is not a valid DNS name.
use crate::names::dns::check_dns_name;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "fqdn-invalid",
    severity: Severity::Error,
    area: Area::Ingress,
    providers: &[],
    title: "FQDN is not a valid DNS name",
    what: "`ingress.fqdn` must be a fully qualified DNS name: at most 253 characters, at least \
two dot-separated labels, each label 1–63 letters, digits and `-` that neither starts nor ends \
with `-`, the last label not all digits, and not an IP address. Upper case and one trailing dot \
are normalised (`ML.Example.com.` is `ml.example.com`), not errors; `..` or two trailing dots are \
errors.",
    why: "The platform is served from this one name: the installer writes it into its ingress \
and its certificates, and DNS must resolve it to the load balancer. A name that DNS cannot hold \
(an `_`, a 64-character label, an IP address, a single label like `localhost`) fails late, during \
or after the installation. The other ingress rules stay silent while the FQDN is invalid.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Ingress and SSL\": \
\"Katonic platform will need to be configured to serve from a specific FQDN\"; Katonic \
documentation, \"Katonic AWS Private Cluster — Domain\": \"Katonic must be configured to serve \
from a specific Fully Qualified Domain Name (FQDN).\"; Domino Data Lab documentation, \"Cluster \
requirements\": \"Domino must be configured to serve from a specific FQDN\". Host name syntax: \
RFC 1123, section 2.1 (https://www.rfc-editor.org/rfc/rfc1123#section-2.1), with the size limits \
of RFC 1035, section 2.3.4 (https://www.rfc-editor.org/rfc/rfc1035#section-2.3.4).",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": { "fqdn": "ml_platform.example.com" }
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": { "fqdn": "ml-platform.example.com" }
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(ingress) = cx.doc.ingress.as_ref() else {
        if cx.profile.ingress.served {
            e.need("/ingress", "whether the platform's DNS name is valid");
        }
        return;
    };
    // An absent `fqdn` inside `ingress` is already a `required-field` finding.
    let Some(fqdn) = ingress.fqdn else {
        return;
    };
    if let Err(reason) = check_dns_name(fqdn) {
        e.emit(
            "/ingress/fqdn",
            msg!("FQDN `", fqdn, "` is not a valid DNS name: ", reason),
            Some(
                "use dot-separated labels of 1–63 letters, digits and `-`, at most 253 \
                 characters in all, for example `ml.example.com`"
                    .to_string(),
            ),
        );
    }
}
