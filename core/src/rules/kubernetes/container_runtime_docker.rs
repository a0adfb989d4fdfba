//! `container-runtime-docker`: docker with Kubernetes ≥ 1.24 is an error (dockershim removed); docker on aws/azure/gcp, or with 1.21–1.23, is a warning; docker onprem below 1.21 passes
use crate::input::model::Provider;
use crate::report::Severity;
use crate::rules::{Area, Context, Emitter, Example, Rule};

pub static RULE: Rule = Rule {
    id: "container-runtime-docker",
    severity: Severity::Error,
    area: Area::Kubernetes,
    providers: &[],
    title: "docker with Kubernetes ≥ 1.24 is an error (dockershim removed); docker on aws/azure/gcp, or with 1.21–1.23, is a warning; docker onprem below 1.21 passes",
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
