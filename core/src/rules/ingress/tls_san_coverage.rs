//! `tls-san-coverage`: certificate SANs do not cover the FQDN or an enabled add-on name (`*.example.com` covers exactly one label)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "tls-san-coverage",
    severity: Severity::Error,
    area: Area::Ingress,
    providers: &[],
    title: "certificate SANs do not cover the FQDN or an enabled add-on name (`*.example.com` covers exactly one label)",
    what: "TODO",
    why: "TODO",
    source: "TODO",
    example: Example {
        options: "{}",
        fails: "{}",
        passes: "{}",
    },
    check: Some(check),
};

fn check(_cx: &Context<'_>, _e: &mut Emitter<'_>) {
    let _ = Provider::Aws;
}
