//! `fqdn-nested-install`: the FQDN equals, is a subdomain of, or is a parent domain of an existing install
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "fqdn-nested-install",
    severity: Severity::Error,
    area: Area::Ingress,
    providers: &[],
    title: "the FQDN equals, is a subdomain of, or is a parent domain of an existing install",
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
