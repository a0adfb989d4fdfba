//! Helpers the node, zone and Kubernetes rules share: which requirement a pool's role gets,
//! and how sizes are printed in messages.
use crate::input::model::{NodePool, Quantity, Role};
use crate::profile::RoleReq;
use crate::rules::{Context, PoolView};

/// The sizing requirement of a pool: worker roles and `master` get their role's entry in the
/// profile; `other` pools, pools without a role and roles the profile does not list get none.
pub(crate) fn role_req<'p>(cx: &Context<'p>, pool: &NodePool) -> Option<(Role, &'p RoleReq)> {
    let role = pool.role?;
    if !(role.is_worker() || role == Role::Master) {
        return None;
    }
    cx.profile.node_pools.roles.get(&role).map(|r| (role, r))
}

/// `v` rounded to `decimals` places, without trailing zeros: `8`, `14.8`, `7.91`.
pub(crate) fn num(v: f64, decimals: u32) -> String {
    let scale = 10f64.powi(decimals as i32);
    let r = (v * scale).round() / scale;
    if r.fract() == 0.0 && r.abs() < 9.0e15 {
        return format!("{}", r as i64);
    }
    let s = format!("{r:.prec$}", prec = decimals as usize);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// GiB with at most one decimal.
pub(crate) fn gib(v: f64) -> String {
    num(v, 1)
}

/// How a message names a value the document wrote: `` `12` GiB `` for a bare number,
/// `` `12Gi` (12 GiB) `` for a quantity string.
pub(crate) fn stated(q: &Quantity, unit: &str, decimals: u32) -> String {
    let plain = num(q.value, decimals);
    if q.text == plain {
        format!("`{}` {unit}", q.text)
    } else {
        format!("`{}` ({plain} {unit})", q.text)
    }
}

/// Where a finding about an effective value goes and how the message names the value: the
/// document's own field, else `instanceType` when the value came from the instance catalog,
/// with a note (` (from instance type `m5.xlarge`)`) that the message puts after the value.
pub(crate) struct Effective {
    pub path: String,
    pub value: String,
    pub note: String,
}

pub(crate) fn effective_at(
    pool: &PoolView<'_>,
    field: &'static str,
    stated_text: Option<String>,
    value_text: String,
) -> Effective {
    match stated_text {
        Some(value) if !pool.from_catalog.contains(&field) => Effective {
            path: pool.field(field),
            value,
            note: String::new(),
        },
        _ => {
            let ty = pool.pool.instance_type.unwrap_or_default();
            Effective {
                path: pool.field("instanceType"),
                value: value_text,
                note: format!(" (from instance type `{ty}`)"),
            }
        }
    }
}

/// `node` or `nodes`.
pub(crate) fn nodes(n: u32) -> &'static str {
    if n == 1 {
        "node"
    } else {
        "nodes"
    }
}

/// Whether a pool can have nodes: `maxNodes` (else `minNodes`) of 0 means none; unknown counts as
/// having nodes.
pub(crate) fn has_nodes(pool: &NodePool) -> bool {
    pool.max_nodes.or(pool.min_nodes) != Some(0)
}

/// `` `a`, `b` and `c` ``.
pub(crate) fn tick_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<&str> = items.into_iter().collect();
    let mut s = String::new();
    let n = items.len();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(if i + 1 == n { " and " } else { ", " });
        }
        s.push('`');
        s.push_str(item);
        s.push('`');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(num(8.0, 1), "8");
        assert_eq!(num(14.8, 1), "14.8");
        assert_eq!(num(14.84, 1), "14.8");
        assert_eq!(num(7.91, 3), "7.91");
        assert_eq!(num(30.63, 1), "30.6");
        assert_eq!(num(29.98, 1), "30");
    }

    #[test]
    fn stated_values() {
        let q = |v: f64, t: &str| Quantity {
            value: v,
            text: t.into(),
        };
        assert_eq!(stated(&q(12.0, "12"), "GiB", 1), "`12` GiB");
        assert_eq!(stated(&q(12.0, "12Gi"), "GiB", 1), "`12Gi` (12 GiB)");
        assert_eq!(stated(&q(7.91, "7910m"), "vCPU", 3), "`7910m` (7.91 vCPU)");
        assert_eq!(stated(&q(8.0, "8.0"), "vCPU", 3), "`8.0` (8 vCPU)");
    }

    #[test]
    fn lists() {
        assert_eq!(tick_list(["a"]), "`a`");
        assert_eq!(tick_list(["a", "b"]), "`a` and `b`");
        assert_eq!(tick_list(["a", "b", "c"]), "`a`, `b` and `c`");
    }
}
