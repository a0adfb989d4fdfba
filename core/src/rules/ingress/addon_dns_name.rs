//! `addon-dns-name`: an enabled add-on's host name is not a valid DNS name.
use super::{addon_hosts, valid_fqdn};
use crate::names::dns::{check_dns_name, MAX_LABEL, MAX_NAME};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "addon-dns-name",
    severity: Severity::Error,
    area: Area::Ingress,
    providers: &[],
    title: "add-on host name is not a valid DNS name",
    what: "Each enabled add-on (`addons.superset: true`, `addons.airbyte: true`) is served at \
its own host name: the profile's prefix followed by the FQDN, so the FQDN's first label gets the \
prefix (katonic: Superset at `dash-` + FQDN, Airbyte at `connectors-` + FQDN). That name must \
itself be a valid DNS name: the prefixed first label at most 63 characters, the whole name at \
most 253. A profile without add-on prefixes (domino) never fires. Silent while the FQDN itself \
is invalid (`fqdn-invalid` reports it).",
    why: "A FQDN whose first label is 58 characters is fine on its own, but `connectors-` makes \
it 69: no DNS record or certificate can hold that name, and the add-on is unreachable after the \
installation.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Data Visualisation\": \"You \
require an additional DNS if you're installing Superset.\" … \"If your domain name to access \
platform is katonic.tesla.com.\" … \"Then, the domain for data visualisation would look like \
dash-katonic.tesla.com.\"; \"Connectors\": \"You require an additional DNS if you're installing \
Airbyte.\" … \"Then, the domain for connectors would look like connectors-katonic.tesla.com.\" \
Name syntax and size limits: RFC 1123, section 2.1 \
(https://www.rfc-editor.org/rfc/rfc1123#section-2.1) and RFC 1035, section 2.3.4 \
(https://www.rfc-editor.org/rfc/rfc1035#section-2.3.4).",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": { "fqdn": "machine-learning-platform-for-the-data-science-team-of-acme.example.com" },
  "addons": { "airbyte": true }
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": { "version": "1.30" },
  "ingress": { "fqdn": "ml.example.com" },
  "addons": { "airbyte": true }
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(fqdn) = valid_fqdn(cx) else { return };
    for addon in addon_hosts(cx, fqdn) {
        let Err(reason) = check_dns_name(&addon.host) else {
            continue;
        };
        let room = addon.prefix.chars().count();
        e.emit(
            msg!("/addons/", addon.key),
            msg!(
                addon.product(),
                " host name `",
                addon.host,
                "` is not a valid DNS name: ",
                reason
            ),
            Some(msg!(
                "the ",
                cx.profile.name,
                " profile serves ",
                addon.product(),
                " at `",
                addon.prefix,
                "` + the FQDN: keep the FQDN's first label within \
                 ",
                MAX_LABEL.saturating_sub(room),
                " characters and the whole FQDN within ",
                MAX_NAME.saturating_sub(room),
                ", or leave `",
                addon.key,
                "` off"
            )),
        );
    }
}
