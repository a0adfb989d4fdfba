//! `addon-dns-name`: an enabled add-on's name (`dash-` / `connectors-` + first label) is not a valid DNS name (e.g. label > 63)
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "addon-dns-name",
    severity: Severity::Error,
    area: Area::Ingress,
    providers: &[],
    title: "an enabled add-on's name (`dash-` / `connectors-` + first label) is not a valid DNS name (e.g. label > 63)",
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
