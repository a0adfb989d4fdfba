//! `pool-autoscaler-tags`: a tagged pool lacks the cluster or cluster-autoscaler tags the profile expects
use super::common::role_req;
use crate::input::model::Provider;
use crate::input::pointer;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "pool-autoscaler-tags",
    severity: Severity::Warning,
    area: Area::Nodes,
    providers: &[Provider::Aws],
    title: "node pool without the cluster and cluster-autoscaler tags",
    what: "On `aws`, the `tags` of each node pool (the tags of its Auto Scaling group) against \
the tags the profile expects; katonic expects none, so the rule never fires for it. The domino \
profile expects on every pool `kubernetes.io/cluster/<name>: owned`, where `<name>` is the \
description's top-level `name` (without `name` that tag is not checked), and on `compute` and \
`gpu` pools a `k8s.io/cluster-autoscaler/node-template/label/<key>: <value>` tag for each label \
the profile requires on the role (`node-labels`). One finding per tag: a missing tag is \
reported at `/nodePools/i/tags`, a tag with another value at the tag itself. A pool without \
`tags` is unknown and not checked.",
    why: "The cluster autoscaler learns a node group's labels from its running nodes. A pool \
scaled to zero has none, so unless its Auto Scaling group carries a node-template tag for \
each label, the autoscaler cannot tell that a new node would satisfy a pending run's node \
selector, and never scales the pool up: Domino's runs and builds stay `Pending`. The \
`kubernetes.io/cluster/<name>: owned` tag marks the group's instances as members of the cluster.",
    source: "Domino Data Lab documentation, \"Cluster requirements — Compute pool \
requirements\", Tags: \"k8s.io/cluster-autoscaler/node-template/label/dominodatalab.com/node-pool: \
default\", \"kubernetes.io/cluster/{{ cluster_name }}: owned\", \
\"k8s.io/cluster-autoscaler/node-template/label/domino/build-node: true\"; \"Optional GPU \
compute pool\", Tags: \"k8s.io/cluster-autoscaler/node-template/label/dominodatalab.com/node-pool: \
default-gpu\"; \"Platform pool requirements\", Tags: \"kubernetes.io/cluster/{{ cluster_name }}: \
owned\". Kubernetes Cluster Autoscaler, \"Cluster Autoscaler on AWS\" \
(https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/cloudprovider/aws/README.md): \
\"Cluster Autoscaler supports hints that nodes will be labelled when they join the cluster via \
ASG tags. The tag is of the format `k8s.io/cluster-autoscaler/node-template/label/<label-name>`.\"",
    example: Example {
        options: r#"{"profile": "domino"}"#,
        fails: r#"{
  "name": "prod-ml",
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform",
                 "tags": {"k8s.io/cluster-autoscaler/enabled": "true"}}]
}"#,
        passes: r#"{
  "name": "prod-ml",
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform",
                 "tags": {"kubernetes.io/cluster/prod-ml": "owned"}}]
}"#,
    },
    check: Some(check),
};

/// The prefix of the cluster autoscaler's node-template label tags.
const LABEL_TAG: &str = "k8s.io/cluster-autoscaler/node-template/label/";

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let profile = &cx.profile.name;
    let owned = cx.profile.node_pools.cluster_owned_tag;
    let mut name_needed = false;
    for pool in &cx.pools {
        let labels = role_req(cx, pool.pool)
            .filter(|(_, req)| req.autoscaler_label_tags && !req.labels.is_empty());
        if !owned && labels.is_none() {
            continue;
        }
        let Some(tags) = &pool.pool.tags else {
            e.need(pool.field("tags"), "the cloud tags of every node pool");
            continue;
        };
        // (tag, value, why the message gives)
        let mut want: Vec<(String, &str, String)> = Vec::new();
        if owned {
            match cx.doc.name {
                Some(name) => want.push((
                    msg!("kubernetes.io/cluster/", name),
                    "owned",
                    msg!("on every node pool of cluster `", name, '`'),
                )),
                None if !name_needed => {
                    name_needed = true;
                    e.need(
                        "/name",
                        "the cluster name every pool's `kubernetes.io/cluster/<name>` tag carries",
                    );
                }
                None => {}
            }
        }
        if let Some((role, req)) = labels {
            for (key, value) in &req.labels {
                want.push((
                    msg!(LABEL_TAG, key),
                    value,
                    msg!(
                        "on `",
                        role,
                        "` pools, so the cluster autoscaler knows their new nodes get \
                         the label `",
                        key,
                        '=',
                        value,
                        '`'
                    ),
                ));
            }
        }
        for (tag, value, why) in want {
            match tags.get(tag.as_str()) {
                None => e.emit(
                    pool.field("tags"),
                    msg!(
                        pool.label(),
                        " lacks the tag `",
                        tag,
                        ": ",
                        value,
                        "` the ",
                        profile,
                        " profile expects ",
                        why
                    ),
                    Some(msg!("add `\"", tag, "\": \"", value, "\"` to `tags`")),
                ),
                Some(have) if *have != value => e.emit(
                    pointer::join(&pool.field("tags"), &tag),
                    msg!(
                        pool.label(),
                        " has the tag `",
                        tag,
                        ": ",
                        have,
                        "`, the ",
                        profile,
                        " profile expects \
                         `",
                        tag,
                        ": ",
                        value,
                        "` ",
                        why
                    ),
                    Some(msg!("set the tag `", tag, "` to `", value, '`')),
                ),
                Some(_) => {}
            }
        }
    }
}
