//! The rule registry. One rule per file under `rules/<area>/<rule_id>.rs`, each a `static RULE`
//! holding its metadata, its doc (what, why, source, example) and its check. This file is the
//! one list: `rules()`, `clusterfit rules`, `clusterfit explain` and `docs/rules.md` all read it.
pub(crate) mod consistency;
pub(crate) mod ingress;
pub(crate) mod input;
pub(crate) mod kubernetes;
pub(crate) mod namespaces;
pub(crate) mod network;
pub(crate) mod nodes;
pub(crate) mod storage;
pub(crate) mod zones;

pub(crate) use crate::analysis::{ClassRef, ClassView, Context, PoolView};

use crate::error::Error;
use crate::input::closest;
use crate::input::model::Provider;
use crate::severity::Severity;
use crate::text::msg;
use serde::Serialize;

/// Where a rule belongs; the docs group rules by area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Area {
    /// The structure of the document itself.
    Input,
    Kubernetes,
    Network,
    Zones,
    Nodes,
    Storage,
    /// DNS names, TLS and the load balancer.
    Ingress,
    /// Dataiku-style per-user / per-team namespaces.
    Namespaces,
    /// Values that contradict one another (a value of another cloud than `provider`).
    Consistency,
}

impl Area {
    /// The area's name as reports and docs print it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Area::Input => "input",
            Area::Kubernetes => "kubernetes",
            Area::Network => "network",
            Area::Zones => "zones",
            Area::Nodes => "nodes",
            Area::Storage => "storage",
            Area::Ingress => "ingress",
            Area::Namespaces => "namespaces",
            Area::Consistency => "consistency",
        }
    }
}

/// A documented example: a complete document on which the rule fires, and one on which it stays
/// silent, both validated with `options`. A test runs every rule's example.
#[derive(Debug, Clone, Copy, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "RuleExample"))]
pub struct Example {
    /// Options JSON (`{}` for the defaults).
    pub options: &'static str,
    /// A document on which the rule fires.
    pub fails: &'static str,
    /// The same document, fixed.
    pub passes: &'static str,
}

/// One rule: metadata, doc and check.
pub struct Rule {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// Default severity (a profile or options may change it).
    pub severity: Severity,
    pub area: Area,
    /// Providers the rule runs for; empty means all.
    pub providers: &'static [Provider],
    /// One line, for lists.
    pub title: &'static str,
    /// What it checks (markdown).
    pub what: &'static str,
    /// Why it matters (markdown).
    pub why: &'static str,
    /// The vendor document it comes from (title and section) and the passage, quoted.
    pub source: &'static str,
    pub example: Example,
    /// The check; `None` for input rules, which the parser reports.
    pub check: Option<fn(&Context<'_>, &mut Emitter<'_>)>,
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule").field("id", &self.id).finish()
    }
}

/// A rule as `rules()` returns it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RuleInfo {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// Default severity (a profile or options may change it).
    pub severity: Severity,
    pub area: Area,
    /// Providers the rule runs for; empty means all.
    #[cfg_attr(feature = "ts", ts(as = "Vec<Provider>"))]
    pub providers: Vec<&'static str>,
    /// One line, for lists.
    pub title: &'static str,
    /// The full doc in markdown: what, why, source, example.
    pub doc: String,
    /// The vendor document it comes from (title and section) and the passage, quoted.
    pub source: &'static str,
    pub example: Example,
}

impl RuleInfo {
    /// The rule as `rules()` answers with it: `serde_json::to_value` of the derived `Serialize`,
    /// built by hand (no serializer per type in the `.wasm`; a test compares both).
    pub fn to_value(&self) -> serde_json::Value {
        use serde_json::{Map, Value};
        let mut example = Map::new();
        example.insert("options".into(), self.example.options.into());
        example.insert("fails".into(), self.example.fails.into());
        example.insert("passes".into(), self.example.passes.into());
        let providers = self.providers.iter().map(|&p| p.into()).collect();
        let mut m = Map::new();
        m.insert("id".into(), self.id.into());
        m.insert("severity".into(), self.severity.as_str().into());
        m.insert("area".into(), self.area.as_str().into());
        m.insert("providers".into(), Value::Array(providers));
        m.insert("title".into(), self.title.into());
        m.insert("doc".into(), self.doc.as_str().into());
        m.insert("source".into(), self.source.into());
        m.insert("example".into(), Value::Object(example));
        Value::Object(m)
    }
}

impl Rule {
    /// The rule's full documentation in markdown.
    pub fn doc(&self) -> String {
        let providers = if self.providers.is_empty() {
            "all".to_string()
        } else {
            self.providers
                .iter()
                .map(|p| p.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        msg!(
            "### What it checks\n\n",
            self.what.trim(),
            "\n\n### Why\n\n",
            self.why.trim(),
            "\n\n### Source\n\n",
            self.source.trim(),
            "\n\n\
             **Default severity:** ",
            self.severity.as_str(),
            " · **Area:** ",
            self.area.as_str(),
            " · **Providers:** ",
            providers,
            "\n\n\
             ### Example\n\n",
            match self.example.options.trim() {
                "" | "{}" => String::new(),
                options => format!("With the options `{options}`:\n\n"),
            },
            "Fires on:\n\n```json\n",
            self.example.fails.trim(),
            "\n```\n\nSilent on:\n\n```json\n",
            self.example.passes.trim(),
            "\n```\n"
        )
    }

    /// The rule as `rules()` returns it.
    pub fn info(&self) -> RuleInfo {
        RuleInfo {
            id: self.id,
            severity: self.severity,
            area: self.area,
            providers: self.providers.iter().map(|p| p.as_str()).collect(),
            title: self.title,
            doc: self.doc(),
            source: self.source,
            example: self.example,
        }
    }
}

/// Every rule, in registry order (the order findings of different rules appear in).
pub fn all() -> impl Iterator<Item = &'static Rule> {
    input::RULES
        .iter()
        .chain(kubernetes::RULES)
        .chain(network::RULES)
        .chain(zones::RULES)
        .chain(nodes::RULES)
        .chain(storage::RULES)
        .chain(ingress::RULES)
        .chain(namespaces::RULES)
        .chain(consistency::RULES)
        .copied()
}

/// A rule by id.
pub fn find(id: &str) -> Option<&'static Rule> {
    all().find(|r| r.id == id)
}

/// Every rule id.
pub fn ids() -> Vec<&'static str> {
    all().map(|r| r.id).collect()
}

/// The catalog, for `rules()` in every binding.
pub fn rules() -> Vec<RuleInfo> {
    all().map(Rule::info).collect()
}

/// One rule by id (`clusterfit explain`); an unknown id is `OPTIONS_INVALID`, with the closest
/// id as a suggestion.
pub fn rule(id: &str) -> Result<RuleInfo, Error> {
    match find(id) {
        Some(r) => Ok(r.info()),
        None => {
            let hint = match closest(id, &ids()) {
                Some(c) => msg!("did you mean `", c, "`?"),
                None => "`clusterfit rules` lists every rule".to_string(),
            };
            Err(Error::options(msg!("unknown rule `", id, "`: ", hint)))
        }
    }
}

/// A finding before options are applied.
#[derive(Debug, Clone)]
pub struct Raw {
    pub rule: &'static Rule,
    pub severity: Severity,
    pub path: String,
    pub message: String,
    pub hint: Option<String>,
}

/// Something a rule needed that the document left out (for `strict`).
#[derive(Debug, Clone)]
pub struct Need {
    pub rule: &'static Rule,
    pub path: String,
    pub what: &'static str,
}

/// Where findings go as rules emit them: the engine applies the options to each at once and
/// keeps a bounded report, so a rule that emits many findings never builds an unbounded list.
pub trait Sink {
    /// Takes one finding, in report order.
    fn push(&mut self, raw: Raw);
    /// Whether a finding at exactly `path` was already pushed (before options were applied).
    fn reported(&self, path: &str) -> bool;
}

/// Unit tests collect a rule's raw findings in a plain list.
#[cfg(test)]
impl Sink for Vec<Raw> {
    fn push(&mut self, raw: Raw) {
        Vec::push(self, raw);
    }

    fn reported(&self, path: &str) -> bool {
        self.iter().any(|r| r.path == path)
    }
}

/// What a rule's check writes its findings to.
pub struct Emitter<'r> {
    pub(crate) rule: &'static Rule,
    pub(crate) out: &'r mut dyn Sink,
    pub(crate) needs: Option<&'r mut Vec<Need>>,
}

impl Emitter<'_> {
    /// A finding at the rule's default severity.
    pub fn emit(
        &mut self,
        path: impl Into<String>,
        message: impl Into<String>,
        hint: Option<String>,
    ) {
        let severity = self.rule.severity;
        self.emit_as(severity, path, message, hint);
    }

    /// A finding at another severity, for rules whose severity depends on the case
    /// (`container-runtime-docker`, `node-count`). A profile or options override still wins.
    pub fn emit_as(
        &mut self,
        severity: Severity,
        path: impl Into<String>,
        message: impl Into<String>,
        hint: Option<String>,
    ) {
        self.out.push(Raw {
            rule: self.rule,
            severity,
            path: path.into(),
            message: message.into(),
            hint,
        });
    }

    /// Whether a finding at exactly `path` was already reported, by the parser or by a rule
    /// that ran before this one (rules run in registry order). A rule that restates, in its own
    /// terms, a problem another rule owns uses it to keep one finding per problem.
    ///
    /// A scan of the findings so far (linear): ask a bounded number of times per validation
    /// (`provider-mismatch` asks once per object store). A rule that would ask once per item of
    /// the document must index its own findings instead, or the call grows quadratically.
    pub fn reported(&self, path: &str) -> bool {
        self.out.reported(path)
    }

    /// Records that the rule needed `path`, absent from the document (`not-described` under
    /// `strict`). `what` completes "`path` is not described: <rule> checks …".
    pub fn need(&mut self, path: impl Into<String>, what: &'static str) {
        if let Some(needs) = self.needs.as_deref_mut() {
            needs.push(Need {
                rule: self.rule,
                path: path.into(),
                what,
            });
        }
    }
}

#[cfg(test)]
mod value_tests {
    #[test]
    fn rule_info_values_are_the_derived_serialization() {
        for info in super::rules() {
            assert_eq!(info.to_value(), serde_json::to_value(&info).unwrap());
        }
    }
}
