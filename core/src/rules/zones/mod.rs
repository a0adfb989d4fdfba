//! zones rules, one file each, in catalog order.
mod pool_nodes_per_zone;
mod pool_zone_coverage;
mod pool_zone_unknown;
mod zone_count;
mod zone_without_subnet;

use super::Rule;

/// The zones rules, in registry order.
pub static RULES: &[&Rule] = &[
    &zone_count::RULE,
    &pool_zone_unknown::RULE,
    &pool_zone_coverage::RULE,
    &zone_without_subnet::RULE,
    &pool_nodes_per_zone::RULE,
];

/// Zones for membership tests. Up to [`SCAN`] of them are searched by a scan of the list as it
/// is (no copy, no sorting: the cheapest for the three zones of a real cluster); more are sorted
/// and deduplicated once and searched by binary search, so that a rule testing every zone of
/// every pool stays linear-logarithmic.
pub(crate) enum ZoneSet<'s, 'a> {
    Scan(&'s [&'a str]),
    Sorted(Vec<&'a str>),
}

/// The most zones searched by a scan (three pools in three zones of a real cluster are nine
/// entries; a scan of 16 short names costs less than sorting them).
pub(crate) const SCAN: usize = 16;

impl<'s, 'a> ZoneSet<'s, 'a> {
    /// The zones of a list (duplicates allowed).
    pub(crate) fn of(zones: &'s [&'a str]) -> Self {
        if zones.len() <= SCAN {
            ZoneSet::Scan(zones)
        } else {
            ZoneSet::sorted(zones.to_vec())
        }
    }

    /// The zones of a list the caller built.
    pub(crate) fn sorted(mut zones: Vec<&'a str>) -> Self {
        crate::sort::sort(&mut zones);
        zones.dedup();
        ZoneSet::Sorted(zones)
    }

    pub(crate) fn contains(&self, zone: &str) -> bool {
        match self {
            ZoneSet::Scan(zones) => zones.contains(&zone),
            ZoneSet::Sorted(zones) => zones.binary_search(&zone).is_ok(),
        }
    }

    /// How many distinct zones.
    pub(crate) fn len(&self) -> usize {
        match self {
            ZoneSet::Scan(zones) => zones
                .iter()
                .enumerate()
                .filter(|&(i, z)| !zones.iter().take(i).any(|seen| seen == z))
                .count(),
            ZoneSet::Sorted(zones) => zones.len(),
        }
    }
}

/// The distinct zones of a list, each once, in the order of their first entry.
pub(crate) fn distinct_in_order<'a>(zones: &[&'a str]) -> Vec<&'a str> {
    if zones.len() <= SCAN {
        let mut out: Vec<&str> = Vec::with_capacity(zones.len());
        for &z in zones {
            if !out.contains(&z) {
                out.push(z);
            }
        }
        return out;
    }
    // Each zone's first position, then those in position order.
    let mut firsts: Vec<(&str, usize)> = zones.iter().copied().zip(0..).collect();
    crate::sort::sort(&mut firsts);
    firsts.dedup_by_key(|&mut (z, _)| z);
    crate::sort::sort_by(&mut firsts, |a, b| a.1 < b.1);
    firsts.into_iter().map(|(z, _)| z).collect()
}

/// For the rules' tests: one rule check (or an earlier version of it) run on a document, and a
/// small deterministic generator of documents (no external crate).
#[cfg(test)]
pub(crate) mod testing {
    use crate::input::json::Json;
    use crate::input::parse::parse_cluster;
    use crate::rules::{Context, Emitter, Rule};

    /// A finding as a check emits it: path, message, hint.
    pub(crate) type Emitted = (String, String, Option<String>);

    /// The findings `check` emits (as `rule`) on `doc` with the `katonic` profile. Needs are
    /// collected too and returned after the findings, marked with the message `need: …`.
    pub(crate) fn run(
        doc: &serde_json::Value,
        rule: &'static Rule,
        check: fn(&Context<'_>, &mut Emitter<'_>),
    ) -> Vec<Emitted> {
        let text = doc.to_string();
        let bump = crate::input::json::Bump::new();
        let tree = crate::input::parse_doc(&text, &bump).unwrap();
        let Json::Object(root) = &tree else {
            panic!("not an object: {text}")
        };
        let mut parsed = Vec::new();
        let cluster = parse_cluster(root, &mut parsed);
        let profile = crate::profile::by_name("katonic").unwrap();
        let cx = Context::new(&cluster, profile);
        let mut out = Vec::new();
        let mut needs = Vec::new();
        let mut e = Emitter {
            rule,
            out: &mut out,
            needs: Some(&mut needs),
        };
        check(&cx, &mut e);
        out.into_iter()
            .map(|r| (r.path, r.message, r.hint))
            .chain(
                needs
                    .into_iter()
                    .map(|n| (n.path, format!("need: {}", n.what), None)),
            )
            .collect()
    }

    /// Whether a run emitted anything (needs included).
    pub(crate) fn emits(found: &[Emitted]) -> bool {
        !found.is_empty()
    }

    /// Whether a run reported a finding (needs left out).
    pub(crate) fn reports(found: &[Emitted]) -> bool {
        found.iter().any(|f| !f.1.starts_with("need:"))
    }

    /// The linear `check` gives exactly what the `reference` (the earlier quadratic check) gives
    /// on `cases` clusters generated from `seed`; more than `min_fired` of them must `fire`, so
    /// the comparison is not about empty reports.
    pub(crate) fn same_as_reference(
        seed: u64,
        cases: usize,
        rule: &'static Rule,
        check: fn(&Context<'_>, &mut Emitter<'_>),
        reference: fn(&Context<'_>, &mut Emitter<'_>),
        fire: fn(&[Emitted]) -> bool,
        min_fired: usize,
    ) {
        let mut rng = Lcg(seed);
        let mut fired = 0;
        for case in 0..cases {
            let doc = cluster(&mut rng);
            let want = run(&doc, rule, reference);
            fired += usize::from(fire(&want));
            assert_eq!(run(&doc, rule, check), want, "case {case}: {doc}");
        }
        assert!(fired > min_fired, "only {fired} cases fire");
    }

    /// A 64-bit linear congruential generator.
    pub(crate) struct Lcg(pub(crate) u64);

    impl Lcg {
        /// A number below `bound` (which must not be 0).
        pub(crate) fn below(&mut self, bound: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) % bound
        }

        /// One of `items`.
        pub(crate) fn pick<T: Copy>(&mut self, items: &[T]) -> T {
            items[self.below(items.len() as u64) as usize]
        }

        /// Whether a one-in-`n` event happened.
        pub(crate) fn one_in(&mut self, n: u64) -> bool {
            self.below(n) == 0
        }
    }

    /// A random cluster: `availabilityZones` (maybe absent, with duplicates), node pools of every
    /// kind (roles, node counts, own zones with duplicates and unknown zones, or none) and
    /// subnets (types, zones, some unknown), on aws.
    pub(crate) fn cluster(rng: &mut Lcg) -> serde_json::Value {
        use serde_json::{json, Map, Value};
        const FEW: [&str; 6] = ["a", "b", "c", "d", "e", "x"];
        // Now and then many distinct names (more than `SCAN`), so sets of distinct zones are long
        // too. The last name is in no cluster list.
        const MANY: [&str; 26] = [
            "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q",
            "r", "s", "t", "u", "v", "w", "y", "z", "x",
        ];
        let zones: &[&str] = if rng.one_in(4) { &MANY } else { &FEW };
        let cluster_zones = &zones[..zones.len() - 1];
        let zone_list = |rng: &mut Lcg, max: u64| -> Vec<&str> {
            (0..rng.below(max))
                .map(|_| rng.pick(cluster_zones))
                .collect()
        };
        let mut doc = Map::new();
        doc.insert("provider".into(), json!("aws"));
        doc.insert("kubernetes".into(), json!({"version": "1.30"}));
        // Long lists too (more than `SCAN` entries often), so both kinds of `ZoneSet` are used.
        if !rng.one_in(4) {
            let max = if rng.one_in(3) { 40 } else { 6 };
            doc.insert("availabilityZones".into(), json!(zone_list(rng, max)));
        }
        if !rng.one_in(5) {
            let pools: Vec<Value> = (0..rng.below(7))
                .map(|i| {
                    let mut p = Map::new();
                    p.insert("name".into(), json!(format!("p{i}")));
                    let roles = ["platform", "compute", "gpu", "master", "other", "worker"];
                    if !rng.one_in(6) {
                        p.insert("role".into(), json!(rng.pick(&roles)));
                    }
                    if !rng.one_in(3) {
                        p.insert("minNodes".into(), json!(rng.pick(&[0, 1, 2, 3])));
                    }
                    if !rng.one_in(3) {
                        p.insert("maxNodes".into(), json!(rng.pick(&[0, 3, 6])));
                    }
                    if !rng.one_in(3) {
                        let max = if rng.one_in(3) { 40 } else { 6 };
                        let list: Vec<&str> =
                            (0..rng.below(max)).map(|_| rng.pick(zones)).collect();
                        p.insert("zones".into(), json!(list));
                    }
                    Value::Object(p)
                })
                .collect();
            doc.insert("nodePools".into(), json!(pools));
        }
        if !rng.one_in(4) {
            let max = if rng.one_in(3) { 40 } else { 6 };
            let subnets: Vec<Value> = (0..rng.below(max))
                .map(|i| {
                    let mut s = Map::new();
                    s.insert("cidr".into(), json!(format!("10.0.{i}.0/24")));
                    if !rng.one_in(5) {
                        s.insert("type".into(), json!(rng.pick(&["private", "public"])));
                    }
                    if !rng.one_in(6) {
                        s.insert("zone".into(), json!(rng.pick(zones)));
                    }
                    Value::Object(s)
                })
                .collect();
            doc.insert("network".into(), json!({"subnets": subnets}));
        }
        Value::Object(doc)
    }
}

#[cfg(test)]
mod tests {
    use super::testing::Lcg;
    use super::{ZoneSet, SCAN};

    #[test]
    fn distinct_zones_in_order_of_first_entry() {
        let mut rng = Lcg(29);
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"];
        for _ in 0..500 {
            let zones: Vec<&str> = (0..rng.below(3 * SCAN as u64))
                .map(|_| rng.pick(&names))
                .collect();
            let mut want: Vec<&str> = Vec::new();
            for z in &zones {
                if !want.contains(z) {
                    want.push(z);
                }
            }
            assert_eq!(super::distinct_in_order(&zones), want, "{zones:?}");
        }
    }

    #[test]
    fn zone_sets_answer_like_the_list() {
        let mut rng = Lcg(23);
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"];
        for _ in 0..500 {
            let zones: Vec<&str> = (0..rng.below(3 * SCAN as u64))
                .map(|_| rng.pick(&names))
                .collect();
            let mut distinct = zones.clone();
            distinct.sort_unstable();
            distinct.dedup();
            for set in [ZoneSet::of(&zones), ZoneSet::sorted(zones.clone())] {
                assert_eq!(set.len(), distinct.len(), "{zones:?}");
                for name in names.iter().chain(&["", "zz"]) {
                    assert_eq!(set.contains(name), zones.contains(name), "{zones:?} {name}");
                }
            }
        }
    }
}
