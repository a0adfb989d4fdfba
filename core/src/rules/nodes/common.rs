//! Helpers the node, zone and Kubernetes rules share: which requirement a pool's role gets,
//! and how sizes are printed in messages.
use crate::input::model::{NodePool, Provider, Quantity, Role};
pub(crate) use crate::num::text as num;
use crate::profile::RoleReq;
use crate::rules::{Context, Emitter, PoolView};
use crate::severity::Severity;
use crate::text::msg;

/// The sizing requirement of a pool: worker roles and `master` get their role's entry in the
/// profile; `other` pools, pools without a role and roles the profile does not list get none.
pub(crate) fn role_req<'p>(cx: &Context<'p>, pool: &NodePool) -> Option<(Role, &'p RoleReq)> {
    let role = pool.role?;
    if !(role.is_worker() || role == Role::Master) {
        return None;
    }
    cx.profile.node_pools.roles.get(&role).map(|r| (role, r))
}

/// GiB with at most one decimal.
pub(crate) fn gib(v: f64) -> String {
    num(v, 1)
}

/// How a message names a value the document wrote: `` `12` GiB `` for a bare number,
/// `` `12Gi` (12 GiB) `` for a quantity string.
pub(crate) fn stated(q: &Quantity, unit: &str, decimals: u32) -> String {
    let plain = num(q.value, decimals);
    let text = q.written.text();
    if text == plain {
        msg!('`', text, "` ", unit)
    } else {
        msg!('`', text, "` (", plain, ' ', unit, ')')
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
    if pool.from_catalog.contains(&field) {
        let ty = pool.pool.instance_type.unwrap_or_default();
        return Effective {
            path: pool.field("instanceType"),
            value: value_text,
            note: msg!(" (from instance type `", ty, "`)"),
        };
    }
    Effective {
        path: pool.field(field),
        value: stated_text.unwrap_or(value_text),
        note: String::new(),
    }
}

/// A size a node pool is checked for against its role's minimum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Size {
    Cpu,
    Memory,
    BootDisk,
    AdditionalDisk,
    Gpus,
}

impl Size {
    /// The pool field the value is written in.
    fn field(self) -> &'static str {
        match self {
            Size::Cpu => "cpu",
            Size::Memory => "memory",
            Size::BootDisk => "bootDisk",
            Size::AdditionalDisk => "additionalDisk",
            Size::Gpus => "gpus",
        }
    }

    /// What `strict` reports when the value is absent; `None` where absent has a meaning of its
    /// own (no additional disk is 0 GiB).
    fn need(self) -> Option<&'static str> {
        match self {
            Size::Cpu => Some("the vCPU of every node pool"),
            Size::Memory => Some("the memory of every node pool"),
            Size::BootDisk => Some("the boot disk of every node pool"),
            Size::AdditionalDisk => None,
            Size::Gpus => Some("the GPUs of every gpu node pool"),
        }
    }

    /// Memory and disks pass within the profile's size tolerance (GB vs GiB, kubelet's
    /// reported capacity); vCPU and GPU counts are exact.
    fn tolerant(self) -> bool {
        matches!(self, Size::Memory | Size::BootDisk | Size::AdditionalDisk)
    }

    /// The role's minimum on the cluster's provider.
    fn min(self, cx: &Context<'_>, req: &RoleReq) -> Option<f64> {
        match self {
            Size::Cpu => req.cpu,
            Size::Memory => req.memory,
            Size::BootDisk => req.boot_disk,
            Size::AdditionalDisk => req.additional_disk.get(cx.provider).copied(),
            Size::Gpus => req.gpus.filter(|&g| g > 0).map(f64::from),
        }
    }

    /// The role's *recommended* minimum (below it is a warning): cpu and memory only.
    fn recommended(self, req: &RoleReq) -> Option<f64> {
        match self {
            Size::Cpu => req.recommended_cpu,
            Size::Memory => req.recommended_memory,
            Size::BootDisk | Size::AdditionalDisk | Size::Gpus => None,
        }
    }

    /// The pool's effective value: the document's, else the instance catalog's (cpu, memory,
    /// gpus); an absent additional disk is 0.
    fn value(self, pool: &PoolView<'_>) -> Option<f64> {
        match self {
            Size::Cpu => pool.cpu,
            Size::Memory => pool.memory,
            Size::BootDisk => pool.pool.boot_disk.as_ref().map(|q| q.value),
            Size::AdditionalDisk => {
                Some(pool.pool.additional_disk.as_ref().map_or(0.0, |q| q.value))
            }
            Size::Gpus => pool.gpus.map(f64::from),
        }
    }

    /// A value as messages print it: `8 vCPU`, `12 GiB`, `2 GPUs`.
    pub(crate) fn text(self, v: f64) -> String {
        match self {
            Size::Cpu => msg!(num(v, 3), " vCPU"),
            Size::Memory | Size::BootDisk | Size::AdditionalDisk => msg!(gib(v), " GiB"),
            Size::Gpus => msg!(num(v, 0), ' ', if v == 1.0 { "GPU" } else { "GPUs" }),
        }
    }

    /// How a message names the value the document wrote, if it wrote one.
    fn stated(self, pool: &PoolView<'_>) -> Option<String> {
        let p = pool.pool;
        match self {
            Size::Cpu => p.cpu.as_ref().map(|q| stated(q, "vCPU", 3)),
            Size::Memory => p.memory.as_ref().map(|q| stated(q, "GiB", 1)),
            Size::BootDisk => p.boot_disk.as_ref().map(|q| stated(q, "GiB", 1)),
            Size::AdditionalDisk => p.additional_disk.as_ref().map(|q| stated(q, "GiB", 1)),
            Size::Gpus => p
                .gpus
                .map(|g| msg!('`', g, "` ", if g == 1 { "GPU" } else { "GPUs" })),
        }
    }
}

/// A pool below its role's minimum for one [`Size`].
pub(crate) struct Short<'p, 'a> {
    pub pool: &'p PoolView<'a>,
    pub role: Role,
    /// The role's minimum.
    pub min: f64,
    /// Where the finding goes and how the message names the value.
    pub at: Effective,
    /// Whether the document wrote the value itself (else it is absent, or from the catalog).
    pub stated: bool,
    /// Whether `min` is the role's *recommended* minimum (a warning; the message says
    /// "recommends"), not a required one.
    pub recommended: bool,
    /// [`Size::AdditionalDisk`] on aws, azure and gcp for a pool with no additional disk: the
    /// boot disk that holds both (boot minimum + additional minimum), the other way to pass.
    pub boot_alternative: Option<f64>,
}

impl Short<'_, '_> {
    /// The finding's severity and the profile's verb: below a *recommended* minimum a warning
    /// that "recommends", below a required one the rule's own severity that "needs".
    pub(crate) fn severity(&self, rule: Severity) -> (Severity, &'static str) {
        if self.recommended {
            (Severity::Warning, "recommends")
        } else {
            (rule, "needs")
        }
    }
}

/// The one sizing loop of the node rules: every sized pool whose `size` is below its role's
/// minimum (with the profile's tolerance where it applies), handed to `emit`; when the required
/// minimum is met (or there is none), below the role's *recommended* minimum, flagged
/// `recommended`. An absent value is unknown: `strict` records it as needed, and the pool is not
/// checked. On aws, azure and gcp a pool with no additional disk passes [`Size::AdditionalDisk`]
/// when its boot disk holds both (a managed node group has one root volume).
pub(crate) fn each_short<'p, 'a>(
    cx: &'p Context<'a>,
    e: &mut Emitter<'_>,
    size: Size,
    mut emit: impl FnMut(&mut Emitter<'_>, Short<'p, 'a>),
) {
    let floor = |min: f64| {
        if size.tolerant() {
            cx.profile.size_floor(min)
        } else {
            min
        }
    };
    let cloud = matches!(
        cx.provider,
        Some(Provider::Aws | Provider::Azure | Provider::Gcp)
    );
    for pool in &cx.pools {
        let Some((role, req)) = role_req(cx, pool.pool) else {
            continue;
        };
        let required = size.min(cx, req);
        let recommended = size.recommended(req);
        if required.is_none() && recommended.is_none() {
            continue;
        }
        let Some(value) = size.value(pool) else {
            if let Some(what) = size.need() {
                e.need(pool.field(size.field()), what);
            }
            continue;
        };
        let (min, recommended) = match (required, recommended) {
            (Some(m), _) if value < floor(m) => (m, false),
            (_, Some(r)) if value < floor(r) => (r, true),
            _ => continue,
        };
        let boot_alternative = (size == Size::AdditionalDisk && cloud && value <= 0.0)
            .then(|| req.boot_disk.unwrap_or(0.0) + min);
        if let (Some(both), Some(boot)) = (boot_alternative, &pool.pool.boot_disk) {
            if boot.value >= floor(both) {
                continue;
            }
        }
        let stated_text = size.stated(pool);
        let stated = stated_text.is_some();
        let at = effective_at(pool, size.field(), stated_text, size.text(value));
        emit(
            e,
            Short {
                pool,
                role,
                min,
                at,
                stated,
                recommended,
                boot_alternative,
            },
        );
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

/// `` `a`, `b` and `c` ``; past ten items, `` `a`, …, `j` and 5 more ``, so a message stays
/// short whatever the document holds.
pub(crate) fn tick_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    const SHOWN: usize = 10;
    let items: Vec<&str> = items.into_iter().collect();
    let n = items.len();
    let more = n.saturating_sub(SHOWN);
    let shown = if more > 0 { SHOWN } else { n };
    let mut s = String::new();
    for (i, item) in items.iter().take(shown).enumerate() {
        if i > 0 {
            s.push_str(if i + 1 == shown && more == 0 {
                " and "
            } else {
                ", "
            });
        }
        s.push('`');
        s.push_str(item);
        s.push('`');
    }
    if more > 0 {
        s.push_str(&msg!(" and ", more, " more"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::json::Num;
    use crate::input::model::Written;

    #[test]
    fn stated_values() {
        let q = |v: f64, t: &'static str| Quantity {
            value: v,
            written: Written::Text(t),
        };
        assert_eq!(stated(&q(12.0, "12"), "GiB", 1), "`12` GiB");
        assert_eq!(stated(&q(12.0, "12Gi"), "GiB", 1), "`12Gi` (12 GiB)");
        assert_eq!(stated(&q(7.91, "7910m"), "vCPU", 3), "`7910m` (7.91 vCPU)");
        assert_eq!(stated(&q(8.0, "8.0"), "vCPU", 3), "`8.0` (8 vCPU)");
        // A number the document wrote is printed as messages print numbers.
        let n = |v: f64, n: Num| Quantity {
            value: v,
            written: Written::Number(n),
        };
        assert_eq!(stated(&n(12.0, Num::PosInt(12)), "GiB", 1), "`12` GiB");
        assert_eq!(stated(&n(12.0, Num::Float(12.0)), "GiB", 1), "`12` GiB");
        assert_eq!(stated(&n(7.5, Num::Float(7.5)), "vCPU", 3), "`7.5` vCPU");
        assert_eq!(
            stated(&n(0.123456, Num::Float(0.123456)), "vCPU", 3),
            "`0.123456` (0.123 vCPU)"
        );
    }

    #[test]
    fn lists() {
        assert_eq!(tick_list(["a"]), "`a`");
        assert_eq!(tick_list(["a", "b"]), "`a` and `b`");
        assert_eq!(tick_list(["a", "b", "c"]), "`a`, `b` and `c`");
        let ten: Vec<String> = (0..10).map(|i| i.to_string()).collect();
        assert_eq!(
            tick_list(ten.iter().map(String::as_str)),
            "`0`, `1`, `2`, `3`, `4`, `5`, `6`, `7`, `8` and `9`"
        );
        let many: Vec<String> = (0..1000).map(|i| i.to_string()).collect();
        assert_eq!(
            tick_list(many.iter().map(String::as_str)),
            "`0`, `1`, `2`, `3`, `4`, `5`, `6`, `7`, `8`, `9` and 990 more"
        );
    }
}
