//! zones rules (SPEC §7), one file each, in catalog order.
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

/// Distinct strings, sorted, for membership tests by binary search: linear-logarithmic for many
/// zones and, without hashing, as cheap as a scan for the three zones of a real cluster.
pub(crate) struct ZoneSet<'a>(Vec<&'a str>);

impl<'a> ZoneSet<'a> {
    pub(crate) fn new(zones: impl IntoIterator<Item = &'a str>) -> Self {
        let mut v: Vec<&str> = zones.into_iter().collect();
        v.sort_unstable();
        v.dedup();
        ZoneSet(v)
    }

    pub(crate) fn contains(&self, zone: &str) -> bool {
        self.0.binary_search(&zone).is_ok()
    }

    /// How many distinct zones.
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }
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
        let tree = crate::input::parse_doc(&text).unwrap();
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
        const ZONES: [&str; 6] = ["a", "b", "c", "d", "e", "x"];
        let zone_list = |rng: &mut Lcg, max: u64| -> Vec<&str> {
            (0..rng.below(max)).map(|_| rng.pick(&ZONES[..5])).collect()
        };
        let mut doc = Map::new();
        doc.insert("provider".into(), json!("aws"));
        doc.insert("kubernetes".into(), json!({"version": "1.30"}));
        if !rng.one_in(4) {
            doc.insert("availabilityZones".into(), json!(zone_list(rng, 6)));
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
                        let zones: Vec<&str> =
                            (0..rng.below(6)).map(|_| rng.pick(&ZONES)).collect();
                        p.insert("zones".into(), json!(zones));
                    }
                    Value::Object(p)
                })
                .collect();
            doc.insert("nodePools".into(), json!(pools));
        }
        if !rng.one_in(4) {
            let subnets: Vec<Value> = (0..rng.below(6))
                .map(|i| {
                    let mut s = Map::new();
                    s.insert("cidr".into(), json!(format!("10.0.{i}.0/24")));
                    if !rng.one_in(5) {
                        s.insert("type".into(), json!(rng.pick(&["private", "public"])));
                    }
                    if !rng.one_in(6) {
                        s.insert("zone".into(), json!(rng.pick(&ZONES)));
                    }
                    Value::Object(s)
                })
                .collect();
            doc.insert("network".into(), json!({"subnets": subnets}));
        }
        Value::Object(doc)
    }
}
