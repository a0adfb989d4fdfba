//! `subnet-overlap`: two subnets overlap (reported once on each later one, naming the first earlier one it overlaps)
use super::{overlaps4, subnet_label, subnet_path};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;
use ipnet::Ipv4Net;

pub static RULE: Rule = Rule {
    id: "subnet-overlap",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[],
    title: "two subnets share addresses",
    what: "No two subnets may share an address. Each subnet that overlaps an earlier one (in \
document order) is one finding, reported at its `cidr`; the message names the first earlier \
subnet it overlaps. Adjacent blocks (`10.0.0.0/24` and `10.0.1.0/24`) do not overlap.",
    why: "A cloud refuses to create a subnet that overlaps another in the same VPC, and on a \
plain network overlapping subnets make routing ambiguous: nodes in one become unreachable from \
the other.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Creating Elastic Kubernetes \
Service (EKS)\": \"Create in total three subnets. Two private subnets and one public subnet in \
same VPC.\" Amazon VPC User Guide, \"Subnet CIDR blocks\" \
(https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html): \"If you create more than \
one subnet in a VPC, the CIDR blocks of the subnets cannot overlap.\"",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "subnets": [
  {"name": "private-a", "cidr": "10.0.0.0/23", "type": "private"},
  {"name": "private-b", "cidr": "10.0.1.0/24", "type": "private"}]}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "subnets": [
  {"name": "private-a", "cidr": "10.0.0.0/24", "type": "private"},
  {"name": "private-b", "cidr": "10.0.1.0/24", "type": "private"}]}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let subnets = cx.subnets();
    let blocks: Vec<Option<Ipv4Net>> = subnets
        .iter()
        .map(|s| s.cidr.as_ref().map(|c| c.net))
        .collect();
    for (j, first) in first_overlaps(&blocks).into_iter().enumerate() {
        let (Some(i), Some(later)) = (first, subnets.get(j)) else {
            continue;
        };
        let (Some(earlier), Some(a), Some(b)) = (
            subnets.get(i),
            blocks.get(i).copied().flatten(),
            blocks.get(j).copied().flatten(),
        ) else {
            continue;
        };
        e.emit(
            subnet_path(later, "cidr"),
            msg!(
                subnet_label(later),
                " CIDR `",
                b,
                "` overlaps ",
                subnet_label(earlier),
                " CIDR `",
                a,
                '`'
            ),
            Some("give every subnet its own block of the VPC".to_string()),
        );
    }
}

/// For each block, the position of the first (lowest-position) earlier block it overlaps, if
/// any; `None` entries (no valid CIDR) overlap nothing. A few blocks are compared pair by pair
/// (no sorting, no allocation beyond the answer); more through the containment forest.
fn first_overlaps(blocks: &[Option<Ipv4Net>]) -> Vec<Option<usize>> {
    /// Up to this many blocks, pair by pair (at most 28 comparisons).
    const PAIRS: usize = 8;
    if blocks.len() <= PAIRS {
        by_pairs(blocks)
    } else {
        by_forest(blocks)
    }
}

/// [`first_overlaps`] by comparing each block with the earlier ones: quadratic, for a few blocks.
fn by_pairs(blocks: &[Option<Ipv4Net>]) -> Vec<Option<usize>> {
    blocks
        .iter()
        .enumerate()
        .map(|(j, b)| {
            let b = (*b)?;
            blocks
                .iter()
                .take(j)
                .position(|a| a.is_some_and(|a| overlaps4(&a, &b)))
        })
        .collect()
}

/// [`first_overlaps`] in O(n log n): CIDR blocks are laminar (two blocks overlap only when one
/// contains the other), so in the order (network address, prefix length, position) every block
/// comes after the blocks that contain it, and a stack of the blocks containing the current one
/// gives the containment forest. The blocks a block
/// overlaps are exactly its ancestors and its descendants there (identical blocks form a chain,
/// the earlier one the ancestor), so the answer is the lowest position among them, when it is
/// lower than the block's own.
fn by_forest(blocks: &[Option<Ipv4Net>]) -> Vec<Option<usize>> {
    struct Frame {
        net: Ipv4Net,
        pos: usize,
        /// Lowest position among the strict ancestors.
        above: usize,
        /// Lowest position among the strict descendants seen so far.
        below: usize,
    }
    let mut out = vec![None; blocks.len()];
    let mut order: Vec<(Ipv4Net, usize)> = blocks
        .iter()
        .enumerate()
        .filter_map(|(pos, b)| b.map(|net| (net, pos)))
        .collect();
    crate::sort::sort_by(&mut order, |&(a, i), &(b, j)| {
        (a.network(), a.prefix_len(), i) < (b.network(), b.prefix_len(), j)
    });
    let mut stack: Vec<Frame> = Vec::new();
    // Closes the top frame: records its answer and hands its subtree's minimum to its parent.
    let close = |stack: &mut Vec<Frame>, out: &mut Vec<Option<usize>>| {
        let Some(f) = stack.pop() else { return };
        let first = f.above.min(f.below);
        if first < f.pos {
            if let Some(slot) = out.get_mut(f.pos) {
                *slot = Some(first);
            }
        }
        if let Some(parent) = stack.last_mut() {
            parent.below = parent.below.min(f.below).min(f.pos);
        }
    };
    for (net, pos) in order {
        while stack.last().is_some_and(|top| !top.net.contains(&net)) {
            close(&mut stack, &mut out);
        }
        let above = stack.last().map_or(usize::MAX, |t| t.above.min(t.pos));
        stack.push(Frame {
            net,
            pos,
            above,
            below: usize::MAX,
        });
    }
    while !stack.is_empty() {
        close(&mut stack, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::zones::testing::Lcg;
    use std::net::Ipv4Addr;

    #[test]
    fn fast_equals_brute_force() {
        let mut rng = Lcg(42);
        let mut overlapping = 0;
        for case in 0..400 {
            let n = rng.below(40) as usize;
            // Few distinct addresses and prefixes, so that identical, nested and disjoint blocks
            // all occur often; some entries have no CIDR.
            let blocks: Vec<Option<Ipv4Net>> = (0..n)
                .map(|_| {
                    if rng.below(8) == 0 {
                        return None;
                    }
                    let prefix = [8u8, 16, 22, 23, 24, 24, 26, 28, 32][rng.below(9) as usize];
                    let addr = Ipv4Addr::new(10, 0, rng.below(8) as u8, 16 * rng.below(16) as u8);
                    Ipv4Net::new(addr, prefix).ok().map(|n| n.trunc())
                })
                .collect();
            // `by_pairs` is the earlier definition: every earlier block, in order, until one
            // overlaps.
            let want = by_pairs(&blocks);
            overlapping += want.iter().flatten().count();
            assert_eq!(by_forest(&blocks), want, "case {case}: {blocks:?}");
            assert_eq!(first_overlaps(&blocks), want, "case {case}: {blocks:?}");
        }
        assert!(overlapping > 1000, "only {overlapping} overlapping blocks");
    }

    #[test]
    fn identical_blocks_name_the_first() {
        let net: Ipv4Net = "10.0.1.0/24".parse().unwrap();
        let other: Ipv4Net = "10.0.2.0/24".parse().unwrap();
        let blocks = [Some(other), Some(net), None, Some(net), Some(net)];
        assert_eq!(
            first_overlaps(&blocks),
            [None, None, None, Some(1), Some(1)]
        );
    }
}
