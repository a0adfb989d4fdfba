//! The engine, the top layer: resolves the profile and checks rule ids, maps the parser's typed
//! input issues to the input rules, runs the rules over the analysis context, applies the
//! options and builds the report.
pub(crate) mod options;
pub(crate) mod report;

use crate::analysis::Context;
use crate::error::{Error, ErrorCode, MAX_FINDINGS};
use crate::input::host::Node;
use crate::input::json::{Bump, Json};
use crate::input::{self, parse::parse_cluster, pointer, Issue, IssueKind};
use crate::profile::Profile;
use crate::rules::{self, Emitter, Need, Raw, Sink};
use crate::severity::{Severity, SeverityLevel};
use crate::text::msg;
use options::Options;
use report::{Coverage, Finding, Report, Summary, Suppressed};
use serde_json::Value;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

/// Validates a JSON text. Input errors (not JSON, too large, too deep, not an object, wrong
/// `schemaVersion`) and options errors are `Err`; everything else is a finding in the report.
pub fn validate_str(text: &str, options: &Options) -> Result<Report, Error> {
    let profile = checked_profile(options)?;
    // The tree's arrays and objects: one arena per call, sized for the usual tree at once (a
    // tree takes one to three times its text; the arena grows past that when it must).
    let bump = Bump::with_capacity(text.len().saturating_mul(3));
    let root = input::parse_doc(text, &bump)?;
    run(&root, options, &profile)
}

/// Validates a document that is already a JSON value (a Python dict, a JS object).
pub fn validate(value: &Value, options: &Options) -> Result<Report, Error> {
    let profile = checked_profile(options)?;
    input::check_value(value)?;
    let bump = Bump::new();
    run(&Json::from_value(value, &bump), options, &profile)
}

/// Validates a document a host built into the core's tree ([`crate::TreeBuilder`]), measured
/// against the input limits while it was built.
pub fn validate_tree(root: Node<'_>, options: &Options) -> Result<Report, Error> {
    let profile = checked_profile(options)?;
    run(&root.0, options, &profile)
}

/// Options are checked before the document is read, so an options error is reported whatever
/// the document: every rule id must exist and the profile must resolve.
fn checked_profile(options: &Options) -> Result<Cow<'static, Profile>, Error> {
    options.check_rule_ids()?;
    let profile = options.profile.resolve()?;
    // A built-in profile names registry rules only (a test checks every one), so only a custom
    // profile is checked per call.
    if let Cow::Owned(custom) = &profile {
        check_profile_rule_ids(custom)?;
    }
    Ok(profile)
}

/// A profile's `severity` may only name rules of the registry (the profile layer knows no rules,
/// so the engine checks this).
pub(crate) fn check_profile_rule_ids(profile: &Profile) -> Result<(), Error> {
    let named = profile
        .severity
        .keys()
        .map(|r| ("severity", r))
        .chain(profile.rules.iter().flatten().map(|r| ("rules", r)));
    for (field, rule) in named {
        if rules::find(rule).is_none() {
            return Err(Error::options(msg!(
                "profile `",
                profile.name,
                "`: unknown rule id `",
                rule,
                "` in `",
                field,
                '`'
            )));
        }
    }
    Ok(())
}

fn run(value: &Json<'_>, options: &Options, profile: &Profile) -> Result<Report, Error> {
    let Json::Object(root) = value else {
        return Err(Error::new(
            ErrorCode::InputNotObject,
            msg!(
                "the document must be a JSON object, found ",
                input::parse::describe_json(value)
            ),
        ));
    };
    if let Some(v) = root.get("schemaVersion") {
        // Numerically: `1`, `1.0` and `1e0` are the same number, as a JS object holds it.
        if v.as_f64() != Some(1.0) {
            return Err(Error::new(
                ErrorCode::InputSchemaVersion,
                msg!(
                    "`schemaVersion` is ",
                    input::parse::describe_json(v),
                    ", this clusterfit reads schema version 1"
                ),
            ));
        }
    }
    let index = OptionIndex::new(options, profile);
    let mut issues: Vec<Issue> = Vec::new();
    let cluster = parse_cluster(root, &mut issues);
    let mut out = Collector::new(options, &index);
    // `not-described` skips values that are present but malformed: the parser's findings.
    let malformed: BTreeSet<String> = issues
        .iter()
        .filter(|i| {
            matches!(
                i.kind,
                IssueKind::InvalidType | IssueKind::InvalidValue | IssueKind::InvalidCidr
            )
        })
        .map(|i| i.path.clone())
        .collect();
    for issue in issues {
        out.push(input_finding(issue));
    }
    let cx = Context::new(&cluster, profile);
    let mut needs: Vec<Need> = Vec::new();
    let (mut ran, mut not_applicable) = (0, 0);
    for rule in rules::all() {
        if !runs(rule, options, &index, &cx) {
            not_applicable += 1;
            continue;
        }
        ran += 1;
        let Some(check) = rule.check else { continue };
        let mut e = Emitter {
            rule,
            out: &mut out,
            needs: Some(&mut needs),
        };
        check(&cx, &mut e);
    }
    let lacking_data = not_described(needs, &malformed, options.strict.then_some(&mut out));
    let (findings, summary, failed, suppressed) = out.finish();
    Ok(Report {
        valid: !failed,
        profile: profile.name.clone(),
        summary,
        findings,
        facts: crate::facts::facts(&cx),
        coverage: Coverage {
            ran,
            lacking_data,
            not_applicable,
        },
        suppressed,
    })
}

/// The report's findings as rules emit them: options applied to each at once, the first
/// [`MAX_FINDINGS`] kept (and as many `suppressed` entries), every one counted. Memory stays
/// bounded whatever a rule emits, and order and counts are those of an unbounded list.
struct Collector<'o> {
    options: &'o Options,
    index: &'o OptionIndex<'o>,
    threshold: Severity,
    findings: Vec<Finding>,
    suppressed: Vec<Suppressed>,
    summary: Summary,
    /// A finding at or above `failOn`, listed or not.
    failed: bool,
    /// The paths of pushed findings that are in neither `findings` nor `suppressed` (removed by
    /// options, or past the limits): with those two lists, every path pushed, for
    /// [`rules::Emitter::reported`].
    dropped: Vec<String>,
}

impl<'o> Collector<'o> {
    fn new(options: &'o Options, index: &'o OptionIndex<'o>) -> Self {
        Collector {
            options,
            index,
            threshold: options.fail_on.threshold(),
            findings: Vec::new(),
            suppressed: Vec::new(),
            summary: Summary::default(),
            failed: false,
            dropped: Vec::new(),
        }
    }

    fn total(&self) -> usize {
        self.summary.errors + self.summary.warnings + self.summary.infos
    }

    /// The findings (with one `too-many-findings` after the first [`MAX_FINDINGS`] when there
    /// are more), the true counts, whether one fails the gate, and the suppressed findings.
    fn finish(mut self) -> (Vec<Finding>, Summary, bool, Vec<Suppressed>) {
        let total = self.total();
        if total > MAX_FINDINGS {
            let s = self.summary;
            let rule = &rules::input::TOO_MANY_FINDINGS;
            let raw = Raw {
                rule,
                severity: rule.severity,
                path: String::new(),
                message: msg!(
                    "the report lists the first ",
                    MAX_FINDINGS,
                    " of ",
                    total,
                    " findings (",
                    s.errors,
                    " errors, ",
                    s.warnings,
                    " warnings, ",
                    s.infos,
                    " infos)"
                ),
                hint: Some(msg!(
                    "fix what the listed findings show and validate again: ",
                    "`summary` counts every finding"
                )),
            };
            let mut suppressed = Vec::new();
            if let Applied::Kept(f) = apply_options(raw, self.options, self.index, &mut suppressed)
            {
                self.failed |= f.severity >= self.threshold;
                self.findings.push(f);
            }
            if let Some(s) = suppressed.pop() {
                if self.suppressed.len() < MAX_FINDINGS {
                    self.suppressed.push(s);
                }
            }
        }
        (self.findings, self.summary, self.failed, self.suppressed)
    }
}

impl Sink for Collector<'_> {
    fn push(&mut self, raw: Raw) {
        let f = match apply_options(raw, self.options, self.index, &mut self.suppressed) {
            Applied::Kept(f) => f,
            Applied::Suppressed => {
                if self.suppressed.len() > MAX_FINDINGS {
                    if let Some(s) = self.suppressed.pop() {
                        self.dropped.push(s.path);
                    }
                }
                return;
            }
            Applied::Removed(path) => {
                self.dropped.push(path);
                return;
            }
        };
        match f.severity {
            Severity::Error => self.summary.errors += 1,
            Severity::Warning => self.summary.warnings += 1,
            Severity::Info => self.summary.infos += 1,
        }
        self.failed |= f.severity >= self.threshold;
        if self.findings.len() < MAX_FINDINGS {
            self.findings.push(f);
        } else {
            self.dropped.push(f.path);
        }
    }

    /// A scan of everything pushed so far: linear in the findings, so a rule asks a bounded
    /// number of times per validation (today `provider-mismatch`, once per object store: four at
    /// most). Keeping a set of every path instead cost a copy and a tree insertion per finding.
    fn reported(&self, path: &str) -> bool {
        self.findings.iter().any(|f| f.path == path)
            || self.suppressed.iter().any(|s| s.path == path)
            || self.dropped.iter().any(|p| p == path)
    }
}

/// A structural issue of the parser as a finding of its input rule.
fn input_finding(issue: Issue) -> Raw {
    let rule = match issue.kind {
        IssueKind::RequiredField => &rules::input::REQUIRED_FIELD,
        IssueKind::InvalidType => &rules::input::INVALID_TYPE,
        IssueKind::InvalidValue => &rules::input::INVALID_VALUE,
        IssueKind::InvalidCidr => &rules::input::INVALID_CIDR,
        IssueKind::CidrHostBits => &rules::input::CIDR_HOST_BITS,
        IssueKind::UnknownField => &rules::input::UNKNOWN_FIELD,
    };
    Raw {
        rule,
        severity: rule.severity,
        path: issue.path,
        message: issue.message,
        hint: issue.hint,
    }
}

/// The severity overrides of one validation, options before profile: a few entries, scanned
/// with `==` (which compares lengths first) instead of a `BTreeMap` search per rule.
/// The options and the profile, indexed once per call so that each finding costs a few
/// lookups whatever their size: severity levels (options over profile), disabled rule ids, and
/// the first `ignore` entry for each (rule, path) pair.
struct OptionIndex<'a> {
    levels: Vec<(&'a str, SeverityLevel)>,
    disabled: BTreeSet<&'a str>,
    /// `(rule, path)` of each ignore entry (`None`: any) → the index of its first entry.
    ignores: BTreeMap<(Option<&'a str>, Option<&'a str>), usize>,
}

impl<'a> OptionIndex<'a> {
    fn new(options: &'a Options, profile: &'a Profile) -> Self {
        let mut levels: Vec<(&str, SeverityLevel)> = Vec::new();
        levels.extend(options.severity.iter().map(|(k, l)| (k.as_str(), *l)));
        levels.extend(profile.severity.iter().map(|(k, l)| (k.as_str(), *l)));
        let mut ignores = BTreeMap::new();
        for (i, ig) in options.ignore.iter().enumerate() {
            ignores
                .entry((ig.rule.as_deref(), ig.path.as_deref()))
                .or_insert(i);
        }
        OptionIndex {
            levels,
            disabled: options.disable.iter().map(String::as_str).collect(),
            ignores,
        }
    }

    /// The options' level for `id`, else the profile's.
    fn get(&self, id: &str) -> Option<SeverityLevel> {
        self.levels.iter().find(|(k, _)| *k == id).map(|(_, l)| *l)
    }

    fn disabled(&self, id: &str) -> bool {
        self.disabled.contains(id)
    }

    /// The first `ignore` entry (in options order) whose rule is `id` or absent and whose path
    /// is `path`, above it, or absent: looked up by each of the path's prefixes.
    fn ignored(&self, id: &'a str, path: &str) -> Option<usize> {
        if self.ignores.is_empty() {
            return None;
        }
        let mut first: Option<usize> = None;
        let mut look = |key: (Option<&str>, Option<&str>)| {
            if let Some(&i) = self.ignores.get(&key) {
                first = Some(first.map_or(i, |f| f.min(i)));
            }
        };
        for rule in [Some(id), None] {
            look((rule, None));
            for p in pointer::prefixes(path) {
                look((rule, Some(p)));
            }
        }
        first
    }
}

/// Whether a rule's check runs: not disabled, not `off`, and for its providers.
fn runs(rule: &rules::Rule, options: &Options, index: &OptionIndex, cx: &Context) -> bool {
    if index.disabled(rule.id) {
        return false;
    }
    // A profile that lists its rules runs those and the input rules only.
    if let Some(only) = &cx.profile.rules {
        if rule.area != rules::Area::Input && !only.iter().any(|r| r == rule.id) {
            return false;
        }
    }
    if rule.id == rules::input::NOT_DESCRIBED.id && !options.strict {
        return false;
    }
    let level = index.get(rule.id);
    if level.is_some_and(|l| l.severity().is_none()) {
        return false;
    }
    rule.providers.is_empty() || cx.provider.is_some_and(|p| rule.providers.contains(&p))
}

/// What the options made of one raw finding.
enum Applied {
    /// Listed, at its severity after overrides.
    Kept(Finding),
    /// Pushed to the suppressed list by an `ignore` entry.
    Suppressed,
    /// Removed: its rule disabled or `off`. The path, for [`Sink::reported`].
    Removed(String),
}

/// Disable, severity overrides and ignores, applied to one finding. Severity: the options'
/// override, else `strict`'s (the gate makes `not-described` and `unknown-field` errors), else
/// the profile's, else the rule's own. An ignored finding goes to `suppressed`.
fn apply_options(
    raw: Raw,
    options: &Options,
    index: &OptionIndex,
    suppressed: &mut Vec<Suppressed>,
) -> Applied {
    let id = raw.rule.id;
    if index.disabled(id) {
        return Applied::Removed(raw.path);
    }
    let gate = options.strict
        && (id == rules::input::NOT_DESCRIBED.id || id == rules::input::UNKNOWN_FIELD.id)
        && !options.severity.contains_key(id);
    let severity = match index.get(id) {
        _ if gate => Severity::Error,
        Some(level) => match level.severity() {
            Some(severity) => severity,
            None => return Applied::Removed(raw.path),
        },
        None => raw.severity,
    };
    let ignored = index
        .ignored(id, &raw.path)
        .and_then(|i| options.ignore.get(i));
    if let Some(ig) = ignored {
        suppressed.push(Suppressed {
            rule: id,
            path: raw.path,
            reason: ig.reason.clone(),
        });
        return Applied::Suppressed;
    }
    Applied::Kept(Finding {
        rule: id,
        severity,
        path: raw.path,
        message: raw.message,
        hint: raw.hint,
    })
}

/// One `not-described` finding per missing path, in the order rules first needed them, pushed
/// to `out` under `strict`. A value that is present but malformed (already an `invalid-type`,
/// `invalid-value` or `invalid-cidr` finding at that path or above it) is not reported again as
/// not described.
///
/// Returns the rules that lacked data (every rule with a need kept), in registry order: the
/// report's `coverage.lackingData`. Sets keep this n log n: a need is looked up by each of its
/// path's prefixes (at most 64 segments deep).
fn not_described(
    needs: Vec<Need>,
    malformed: &BTreeSet<String>,
    mut out: Option<&mut Collector<'_>>,
) -> Vec<&'static str> {
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    // The rules by address (each is one `static`): a number compared, not an id's text.
    let mut lacking: BTreeSet<usize> = BTreeSet::new();
    let address = |rule: &'static rules::Rule| std::ptr::from_ref(rule) as usize;
    for need in &needs {
        if pointer::prefixes(&need.path).any(|p| malformed.contains(p)) {
            continue;
        }
        lacking.insert(address(need.rule));
        let Some(out) = out.as_deref_mut() else {
            continue;
        };
        if !seen.insert(need.path.as_str()) {
            continue;
        }
        rules::Sink::push(
            out,
            Raw {
                rule: &rules::input::NOT_DESCRIBED,
                severity: rules::input::NOT_DESCRIBED.severity,
                path: need.path.clone(),
                message: msg!(
                    '`',
                    input::display(&need.path),
                    "` is not described: `",
                    need.rule.id,
                    "` checks ",
                    need.what
                ),
                hint: Some("describe it, or leave `strict` off to treat it as unknown".to_string()),
            },
        );
    }
    rules::all()
        .filter(|r| lacking.contains(&address(r)))
        .map(|r| r.id)
        .collect()
}

#[cfg(test)]
#[allow(clippy::panic)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;
    use crate::input::model::Provider;
    use options::Ignore;

    #[test]
    fn reported_knows_every_path_pushed_whatever_the_options_made_of_it() {
        // Kept, ignored, disabled, `off`, and past the limit of listed findings: a rule that
        // asks whether a path was reported gets `true` for each, and `false` for any other.
        let profile = crate::profile::profiles()
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!());
        let options = Options {
            disable: vec!["invalid-value".to_string()],
            severity: [("invalid-type".to_string(), SeverityLevel::Off)].into(),
            ignore: vec![Ignore {
                rule: None,
                path: Some("/ignored".to_string()),
                reason: None,
            }],
            ..Options::default()
        };
        let index = OptionIndex::new(&options, &profile);
        let mut c = Collector::new(&options, &index);
        let raw = |rule: &'static rules::Rule, path: &str| Raw {
            rule,
            severity: rule.severity,
            path: path.to_string(),
            message: String::new(),
            hint: None,
        };
        let cpu = &rules::input::UNKNOWN_FIELD;
        c.push(raw(cpu, "/kept"));
        c.push(raw(cpu, "/ignored"));
        c.push(raw(&rules::input::INVALID_VALUE, "/disabled"));
        c.push(raw(&rules::input::INVALID_TYPE, "/off"));
        for i in 0..MAX_FINDINGS {
            c.push(raw(cpu, &format!("/many/{i}")));
        }
        for i in 0..=MAX_FINDINGS {
            c.push(raw(cpu, &format!("/ignored/{i}")));
        }
        for path in [
            "/kept",
            "/ignored",
            "/disabled",
            "/off",
            "/many/0",
            "/many/999",
        ] {
            assert!(c.reported(path), "{path}");
        }
        // The last one listed is `/many/998`; `/many/999` went past the limit. The suppressed
        // list holds 1,000 entries; `/ignored/999` went past it.
        assert_eq!(c.findings.len(), MAX_FINDINGS);
        assert_eq!(
            c.findings.last().map(|f| f.path.as_str()),
            Some("/many/998")
        );
        assert_eq!(c.suppressed.len(), MAX_FINDINGS);
        assert!(c.reported("/ignored/999") && c.reported("/ignored/1000"));
        for path in ["", "/kep", "/kept/x", "/many/1000", "/ignored/1001"] {
            assert!(!c.reported(path), "{path}");
        }
    }

    #[test]
    fn ignores_are_found_as_the_first_matching_entry_in_options_order() {
        // Every combination of rule (one of two, or any) and path (root, a pool, a field of
        // it, a neighbour that shares a prefix, none), repeated, against findings at several
        // paths: the index lookup must pick what a scan of the entries in order picks.
        let rules = [Some("node-cpu"), Some("node-memory"), None];
        let paths = [
            Some(""),
            Some("/nodePools/2"),
            Some("/nodePools/2/cpu"),
            Some("/nodePools/20"),
            None,
        ];
        let mut ignore = Vec::new();
        for (i, rule) in rules.iter().enumerate() {
            for (j, path) in paths.iter().enumerate() {
                if (i + j) % 3 == 0 && (rule.is_some() || path.is_some()) {
                    ignore.push(Ignore {
                        rule: rule.map(str::to_string),
                        path: path.map(str::to_string),
                        reason: Some(format!("{i}/{j}")),
                    });
                }
            }
        }
        let repeated = ignore.clone();
        ignore.extend(repeated);
        let profile = crate::profile::profiles()
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!());
        for skip in 0..ignore.len() {
            let options = Options {
                ignore: ignore.iter().skip(skip).cloned().collect(),
                ..Options::default()
            };
            let index = OptionIndex::new(&options, &profile);
            for id in ["node-cpu", "node-memory", "node-gpu"] {
                for path in [
                    "",
                    "/nodePools",
                    "/nodePools/2",
                    "/nodePools/2/cpu",
                    "/nodePools/20",
                    "/nodePools/2/cpu/x",
                ] {
                    let scan = options.ignore.iter().position(|ig| {
                        ig.rule.as_deref().is_none_or(|r| r == id)
                            && ig
                                .path
                                .as_deref()
                                .is_none_or(|p| pointer::is_at_or_below(path, p))
                    });
                    assert_eq!(
                        index.ignored(id, path),
                        scan,
                        "{id} at {path:?}, from entry {skip}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_profile_severity_must_name_a_rule_of_the_registry() {
        let options = Options::from_value(&serde_json::json!({
            "profile": {"extends": "katonic", "severity": {"no-such-rule": "off"}}
        }))
        .unwrap_or_default();
        let e = validate_str("{}", &options).err();
        assert_eq!(e.as_ref().map(|e| e.code), Some(ErrorCode::OptionsInvalid));
        let message = e.map(|e| e.message).unwrap_or_default();
        assert!(
            message.contains("unknown rule id `no-such-rule`"),
            "{message}"
        );
    }

    #[test]
    fn builtin_profiles_name_registry_rules_only() {
        let builtins = crate::profile::profiles();
        assert!(builtins.len() >= 3);
        for profile in builtins {
            assert!(check_profile_rule_ids(&profile).is_ok(), "{}", profile.name);
        }
    }

    fn report(doc: &str, options: serde_json::Value) -> Report {
        let options = Options::from_value(&options).unwrap_or_default();
        validate_str(doc, &options).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn coverage_counts_every_rule_once() {
        let total = rules::all().count();
        let aws = r#"{"provider":"aws","kubernetes":{"version":"1.30"}}"#;
        let c = report(aws, serde_json::json!(null)).coverage;
        assert_eq!(c.ran + c.not_applicable, total);
        // Rules for other providers, rules the profile turns off, and `not-described` without
        // strict did not run.
        let katonic = crate::profile::builtin("katonic").ok().flatten();
        let off =
            |id: &str| katonic.is_some_and(|p| p.severity.get(id) == Some(&SeverityLevel::Off));
        let skipped = rules::all()
            .filter(|r| {
                (!r.providers.is_empty() && !r.providers.contains(&Provider::Aws)) || off(r.id)
            })
            .count();
        assert_eq!(c.not_applicable, skipped + 1);
        let strict = report(aws, serde_json::json!({"strict": true})).coverage;
        assert_eq!(strict.ran, c.ran + 1);
        let disabled = report(
            aws,
            serde_json::json!({"disable": ["ntp"], "severity": {"node-os": "off"}}),
        );
        let on_aws = |id: &str| {
            rules::find(id)
                .is_some_and(|r| r.providers.is_empty() || r.providers.contains(&Provider::Aws))
        };
        let off = usize::from(on_aws("ntp")) + usize::from(on_aws("node-os"));
        assert_eq!(disabled.coverage.ran, c.ran - off);
        assert_eq!(disabled.coverage.not_applicable, c.not_applicable + off);
    }

    #[test]
    fn lacking_data_names_the_rules_strict_would_report() {
        let doc = r#"{"provider":"aws","kubernetes":{"version":"1.30"}}"#;
        let lax = report(doc, serde_json::json!(null));
        assert!(lax.coverage.lacking_data.contains(&"ntp"));
        let strict = report(doc, serde_json::json!({"strict": true}));
        assert_eq!(strict.coverage.lacking_data, lax.coverage.lacking_data);
        let needed: BTreeSet<&str> = strict
            .findings
            .iter()
            .filter(|f| f.rule == "not-described")
            .filter_map(|f| f.message.split('`').nth(3))
            .collect();
        let lacking: BTreeSet<&str> = lax.coverage.lacking_data.iter().copied().collect();
        assert_eq!(needed, lacking);
        let described = report(
            r#"{"provider":"aws","kubernetes":{"version":"1.30"},"ntp":true}"#,
            serde_json::json!(null),
        );
        assert!(!described.coverage.lacking_data.contains(&"ntp"));
        // Registry order.
        let order: Vec<&str> = rules::all()
            .map(|r| r.id)
            .filter(|id| lacking.contains(id))
            .collect();
        assert_eq!(lax.coverage.lacking_data, order);
    }

    #[test]
    fn suppressed_is_bounded_too() {
        let mut zones = vec![serde_json::json!("europe-west1-b")];
        zones.extend(std::iter::repeat_n(serde_json::json!(1), 1500));
        let doc = serde_json::json!({
            "provider": "gcp", "kubernetes": {"version": "1.30"}, "availabilityZones": zones
        })
        .to_string();
        let r = report(
            &doc,
            serde_json::json!({"ignore": [{"rule": "invalid-type"}]}),
        );
        assert_eq!(r.suppressed.len(), MAX_FINDINGS);
        assert!(r.findings.is_empty());
        assert_eq!(r.summary, Summary::default());
        assert!(r.valid);
    }
}
