//! `fqdn-nested-install`: the FQDN equals, is inside, or is above another install's name.
use super::valid_fqdn;
use crate::names::dns::{is_at_or_under, normalize_fqdn};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "fqdn-nested-install",
    severity: Severity::Error,
    area: Area::Ingress,
    providers: &[],
    title: "FQDN nested with another install",
    what: "The FQDN must not be the same name as an entry of `ingress.existingInstalls`, nor a \
subdomain of one (`acme.data-science.example.com` under `data-science.example.com`), nor a \
parent domain of one. Names are compared normalised (lower case, no trailing dot) and on whole \
labels: `ml.example.com` and `xml.example.com` are unrelated. One finding per clashing install.",
    why: "An install serves its own name and the names below it (add-on hosts, cookies scoped to \
the domain). Two installs at the same name, or one inside the other, fight over routing and \
cookies; the vendor does not support it.",
    source: "Domino Data Lab documentation, \"Cluster requirements\": \"A Domino install can’t be \
hosted on a subdomain of another Domino install.\" and \"For example, if you have Domino deployed \
at data-science.example.com, you can’t deploy another instance of Domino at \
acme.data-science.example.com\".",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": {
    "fqdn": "acme.data-science.example.com",
    "existingInstalls": ["data-science.example.com"]
  }
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": {
    "fqdn": "acme-ml.example.com",
    "existingInstalls": ["data-science.example.com"]
  }
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(fqdn) = valid_fqdn(cx) else { return };
    let Some(installs) = cx
        .doc
        .ingress
        .as_ref()
        .and_then(|i| i.existing_installs.as_ref())
    else {
        return;
    };
    for install in installs {
        let other = normalize_fqdn(install.value);
        if other.is_empty() {
            continue;
        }
        let message = if fqdn == other {
            msg!(
                "FQDN `",
                fqdn,
                "` is the name of existing install `",
                install.value,
                "`: each install needs a name \
                 of its own"
            )
        } else if is_at_or_under(fqdn, &other) {
            msg!(
                "FQDN `",
                fqdn,
                "` is a subdomain of existing install `",
                install.value,
                "`: installs cannot be nested"
            )
        } else if is_at_or_under(&other, fqdn) {
            msg!(
                "FQDN `",
                fqdn,
                "` is a parent domain of existing install `",
                install.value,
                "`: installs cannot be \
                 nested"
            )
        } else {
            continue;
        };
        e.emit(
            "/ingress/fqdn",
            message,
            Some(msg!(
                "pick a name that is neither `",
                other,
                "`, nor inside it, nor above it"
            )),
        );
    }
}
