//! `node-os`: onprem node OS not the profile's
use crate::input::model::{Provider, Role};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "node-os",
    severity: Severity::Warning,
    area: Area::Nodes,
    providers: &[Provider::Onprem],
    title: "on-premises nodes not on the profile's operating system",
    what: "On `onprem`, each node pool's `os` against the operating system the profile expects \
(katonic: `ubuntu-20.04`; domino names none). Worker and `master` pools are checked, `other` \
pools are not. The comparison ignores case and treats spaces and `_` as `-`, and a point \
release of the same version (`ubuntu-20.04.6`) matches. An absent `os` is unknown.",
    why: "The on-premises installer (Kubespray and the platform's Ansible roles) is built and \
tested for one distribution and release: packages, kernel modules and the container runtime \
set-up differ on others, and installation fails half-way.",
    source: "Katonic documentation, \"Kubernetes — Cluster requirements — Node requirements\": \
\"OS requirement = ubuntu 20.04\"; \"Kubernetes — Cluster requirements — Cluster creation\": \"If \
it's On-premise we install kubernetes using Kubespray.\"",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "onprem",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "workers", "role": "worker", "os": "rhel-8"}]
}"#,
        passes: r#"{
  "provider": "onprem",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "workers", "role": "worker", "os": "ubuntu-20.04"}]
}"#,
    },
    check: Some(check),
};

/// Lower case, spaces and `_` as `-`.
fn normal(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| match c {
            ' ' | '_' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// `ubuntu-20.04` matches `Ubuntu 20.04` and `ubuntu-20.04.6`.
fn matches(have: &str, want: &str) -> bool {
    let (have, want) = (normal(have), normal(want));
    match have.strip_prefix(want.as_str()) {
        Some(rest) => rest.is_empty() || rest.starts_with('.'),
        None => false,
    }
}

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(want) = cx.profile.node_pools.os.get(cx.provider) else {
        return;
    };
    for pool in &cx.pools {
        let Some(role) = pool.pool.role else { continue };
        if !(role.is_worker() || role == Role::Master) {
            continue;
        }
        let Some(os) = &pool.pool.os else {
            e.need(pool.field("os"), "the operating system of every node pool");
            continue;
        };
        if matches(os, want) {
            continue;
        }
        e.emit(
            pool.field("os"),
            msg!(
                pool.label(),
                " runs `",
                os,
                "`, the ",
                cx.profile.name,
                " profile expects `",
                want,
                "` on ",
                cx.provider.map_or("these", |p| p.as_str()),
                " nodes"
            ),
            Some(msg!("install the nodes with `", want, '`')),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn os_spellings() {
        assert!(matches("ubuntu-20.04", "ubuntu-20.04"));
        assert!(matches("Ubuntu 20.04", "ubuntu-20.04"));
        assert!(matches("ubuntu_20.04.6", "ubuntu-20.04"));
        assert!(!matches("ubuntu-20.041", "ubuntu-20.04"));
        assert!(!matches("ubuntu-22.04", "ubuntu-20.04"));
        assert!(!matches("ubuntu", "ubuntu-20.04"));
    }
}
