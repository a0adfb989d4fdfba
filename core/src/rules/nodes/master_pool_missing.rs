//! `master-pool-missing`: onprem without a master pool
use super::common::{gib, num};
use crate::input::model::{Provider, Role};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "master-pool-missing",
    severity: Severity::Error,
    area: Area::Nodes,
    providers: &[Provider::Onprem],
    title: "on-premises cluster without a master node pool",
    what: "On `onprem`, a `nodePools` list with no pool of role `master`. Only fires when \
`nodePools` is present (an absent list is unknown), and only for a profile that sizes a \
`master` role (katonic does; domino names no master nodes, so a Domino on-premises \
description without a master pool gets no finding).",
    why: "On premises nobody runs the control plane for you: the installer (Kubespray) needs \
master nodes for the API server, etcd and the scheduler, sized separately from the workers.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Cluster creation\": \
\"If it's On-premise we install kubernetes using Kubespray.\"; \"Node requirements\" table, row \
\"Master Nodes\": CPU \"4\", Memory \"8\", OS Drive \">=30Gb\". Only a profile that sizes masters \
asks for them (the Domino documentation names none).",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "onprem",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "workers", "role": "worker"}]
}"#,
        passes: r#"{
  "provider": "onprem",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "masters", "role": "master"}, {"name": "workers", "role": "worker"}]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    // Only a profile that sizes masters asks for them.
    let Some(master) = cx.profile.node_pools.roles.get(&Role::Master) else {
        return;
    };
    if cx.doc.node_pools.is_none() {
        return;
    }
    if cx.pools.iter().any(|p| p.pool.role == Some(Role::Master)) {
        return;
    }
    let size = master
        .cpu
        .zip(master.memory)
        .map(|(cpu, mem)| msg!(" of at least ", num(cpu, 3), " vCPU and ", gib(mem), " GiB"))
        .unwrap_or_default();
    e.emit(
        "/nodePools",
        "no node pool has role `master`: an onprem cluster runs its own control plane",
        Some(msg!("add a node pool with `\"role\": \"master\"`", size)),
    );
}
