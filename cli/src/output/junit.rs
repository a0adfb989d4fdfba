//! `--format junit`: JUnit XML for CI test reports. One test case per rule of the registry, so a
//! CI dashboard tracks each requirement over time: a rule with findings at or above `--fail-on`
//! fails (one `<failure>` listing all of them), a rule disabled by options or meant for another
//! provider is skipped, findings below the threshold go to the case's `<system-out>`.
use crate::check::{Outcome, SourceInfo, Stop};
use clusterfit_bindings::{Finding, Options, Report, RuleInfo, SeverityLevel};
use std::fmt::Write;

/// One `<testsuite>` and its counts.
struct Suite {
    xml: String,
    tests: usize,
    failures: usize,
    errors: usize,
}

/// One `<testsuite>` per input; an input that could not be checked is a suite with one test case
/// holding an `<error>`, so CI shows it instead of an empty report.
pub fn render(outcomes: &[Outcome], options: &Options) -> String {
    let suites: Vec<Suite> = outcomes
        .iter()
        .map(|o| match &o.result {
            Ok((report, source)) => suite(report, source, options),
            Err(stop) => error_suite(&o.name, stop),
        })
        .collect();
    let (tests, failures, errors) = suites.iter().fold((0, 0, 0), |(t, f, e), s| {
        (t + s.tests, f + s.failures, e + s.errors)
    });
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        s,
        "<testsuites name=\"clusterfit\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\">"
    );
    for suite in &suites {
        s.push_str(&suite.xml);
    }
    s.push_str("</testsuites>\n");
    s
}

fn error_suite(name: &str, stop: &Stop) -> Suite {
    let (suite_name, file) = match name {
        "" => ("clusterfit options".to_string(), None),
        "-" => ("clusterfit stdin".to_string(), Some("stdin")),
        n => (format!("clusterfit {n}"), Some(n)),
    };
    let mut s = String::new();
    let file_attr = file.map_or(String::new(), |f| format!(" file=\"{}\"", xml(f)));
    let _ = writeln!(
        s,
        "  <testsuite name=\"{}\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\"{file_attr}>",
        xml(&suite_name)
    );
    let _ = writeln!(
        s,
        "    <testcase name=\"input\" classname=\"clusterfit.input\">\n      <error message=\"{}\" type=\"{}\"/>\n    </testcase>",
        xml(stop.message()),
        xml(stop.code())
    );
    s.push_str("  </testsuite>\n");
    Suite {
        xml: s,
        tests: 1,
        failures: 0,
        errors: 1,
    }
}

fn suite(report: &Report, source: &SourceInfo, options: &Options) -> Suite {
    let threshold = options.fail_on.threshold();
    let file = if source.name == "-" {
        "stdin"
    } else {
        source.name.as_str()
    };
    let mut cases = String::new();
    let (mut tests, mut failures, mut skipped) = (0usize, 0usize, 0usize);
    for rule in &clusterfit_bindings::rule_infos() {
        tests += 1;
        let findings: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| f.rule == rule.id)
            .collect();
        let _ = writeln!(
            cases,
            "    <testcase name=\"{}\" classname=\"clusterfit.{}\">",
            xml(rule.id),
            rule.area.as_str(),
        );
        let suppressed: Vec<_> = report
            .suppressed
            .iter()
            .filter(|s| s.rule == rule.id)
            .collect();
        if let Some(why) = skip_reason(rule, options, source.provider.as_deref()) {
            skipped += 1;
            let _ = writeln!(cases, "      <skipped message=\"{}\"/>", xml(&why));
        } else if findings.is_empty() && !suppressed.is_empty() {
            // Every finding of the rule was ignored: the case is skipped, with the reasons.
            skipped += 1;
            let reasons: Vec<String> = suppressed
                .iter()
                .map(|s| match &s.reason {
                    Some(r) => format!("{}: {r}", s.path),
                    None => s.path.clone(),
                })
                .collect();
            let why = format!("suppressed by ignore ({})", reasons.join("; "));
            let _ = writeln!(cases, "      <skipped message=\"{}\"/>", xml(&why));
        } else {
            let (failing, other): (Vec<&Finding>, Vec<&Finding>) =
                findings.iter().partition(|f| f.severity >= threshold);
            if let Some(first) = failing.first() {
                failures += 1;
                let summary = if failing.len() == 1 {
                    first.message.clone()
                } else {
                    format!("{} findings; first: {}", failing.len(), first.message)
                };
                let _ = writeln!(
                    cases,
                    "      <failure message=\"{}\" type=\"{}\">{}</failure>",
                    xml(&summary),
                    first.severity.as_str(),
                    xml(&listing(&failing))
                );
            }
            if !other.is_empty() {
                let _ = writeln!(
                    cases,
                    "      <system-out>{}</system-out>",
                    xml(&listing(&other))
                );
            }
        }
        cases.push_str("    </testcase>\n");
    }
    let name = format!("clusterfit {} ({})", file, report.profile);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "  <testsuite name=\"{}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\" file=\"{}\">",
        xml(&name),
        xml(file)
    );
    let _ = writeln!(
        s,
        "    <properties>\n      <property name=\"profile\" value=\"{}\"/>\n      <property name=\"valid\" value=\"{}\"/>\n    </properties>",
        xml(&report.profile),
        report.valid
    );
    s.push_str(&cases);
    s.push_str("  </testsuite>\n");
    Suite {
        xml: s,
        tests,
        failures,
        errors: 0,
    }
}

/// Why a rule did not run: disabled, severity `off`, or meant for other providers.
fn skip_reason(rule: &RuleInfo, options: &Options, provider: Option<&str>) -> Option<String> {
    if options.disable.iter().any(|d| d == rule.id) {
        return Some("disabled by options".into());
    }
    if options.severity.get(rule.id) == Some(&SeverityLevel::Off) {
        return Some("severity set to off".into());
    }
    if !rule.providers.is_empty() && !rule.providers.iter().any(|p| Some(*p) == provider) {
        return Some(format!(
            "runs only for provider {}",
            rule.providers.join(", ")
        ));
    }
    None
}

fn listing(findings: &[&Finding]) -> String {
    let mut s = String::new();
    for f in findings {
        let _ = writeln!(s, "{} {}: {}", f.severity.as_str(), f.path, f.message);
        if let Some(h) = &f.hint {
            let _ = writeln!(s, "  hint: {h}");
        }
    }
    s
}

/// Escapes text for XML content and attributes; characters XML 1.0 cannot carry at all
/// (control characters a hostile document may hold) become U+FFFD.
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push('\n'),
            '\t' => out.push('\t'),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(
            xml("a<b & \"c\" \u{1}"),
            "a&lt;b &amp; &quot;c&quot; \u{fffd}"
        );
    }
}
