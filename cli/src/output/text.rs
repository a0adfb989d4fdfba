//! `--format text`: an aligned table grouped by severity, hints on their own line, and a
//! one-line summary. Colour only when the caller says so (a terminal without `NO_COLOR`).
use super::{paint, BLUE, BOLD, CYAN, DIM, GREEN_BOLD, RED, RED_BOLD, YELLOW};
use clusterfit_bindings::{Finding, Report, Severity};

/// Columns wider than this do not widen the whole table; the odd long row just overflows.
const MAX_RULE: usize = 30;
const MAX_PATH: usize = 40;

pub fn render(report: &Report, color: bool) -> String {
    let mut s = String::new();
    let rule_w = width(report.findings.iter().map(|f| f.rule), MAX_RULE);
    let path_w = width(report.findings.iter().map(|f| f.path.as_str()), MAX_PATH);
    for (severity, title) in [
        (Severity::Error, "errors"),
        (Severity::Warning, "warnings"),
        (Severity::Info, "infos"),
    ] {
        let group: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .collect();
        if group.is_empty() {
            continue;
        }
        s.push_str(&paint(color, BOLD, &format!("{title} ({})", group.len())));
        s.push('\n');
        for f in group {
            let sev = pad(f.severity.as_str(), 7);
            let sev = paint(color, severity_colour(f.severity), &sev);
            let rule = paint(color, BOLD, &pad(f.rule, rule_w));
            let path = paint(color, CYAN, &pad(&f.path, path_w));
            s.push_str(&format!("  {sev}  {rule}  {path}  {}\n", f.message));
            if let Some(hint) = &f.hint {
                let indent = " ".repeat(2 + 7 + 2 + rule_w + 2 + path_w + 2);
                s.push_str(&format!(
                    "{indent}{}\n",
                    paint(color, DIM, &format!("hint: {hint}"))
                ));
            }
        }
        s.push('\n');
    }
    s.push_str(&summary(report, color));
    s.push('\n');
    s
}

fn severity_colour(s: Severity) -> &'static str {
    match s {
        Severity::Error => RED,
        Severity::Warning => YELLOW,
        Severity::Info => BLUE,
    }
}

/// "✗ 2 errors, 1 warning — not valid for katonic" / "✓ valid for katonic", then what was
/// checked: "41 rules ran, 12 lacked data (--strict lists them), 1 suppressed".
pub fn summary(report: &Report, color: bool) -> String {
    let counts = counts(report);
    let verdict = if report.valid {
        let head = paint(
            color,
            GREEN_BOLD,
            &format!("✓ valid for {}", report.profile),
        );
        if counts.is_empty() {
            head
        } else {
            format!("{head} — {counts}")
        }
    } else {
        paint(
            color,
            RED_BOLD,
            &format!("✗ {counts} — not valid for {}", report.profile),
        )
    };
    format!("{verdict}\n{}", coverage(report))
}

/// "41 rules ran, 12 lacked data (--strict lists them), 1 suppressed".
fn coverage(report: &Report) -> String {
    let c = &report.coverage;
    let mut s = format!(
        "{} {} ran",
        c.ran,
        if c.ran == 1 { "rule" } else { "rules" }
    );
    let lacking = c.lacking_data.len();
    if lacking > 0 {
        let listed = report.findings.iter().any(|f| f.rule == "not-described");
        s.push_str(&format!(
            ", {lacking} lacked data{}",
            if listed { "" } else { " (--strict lists them)" }
        ));
    }
    if !report.suppressed.is_empty() {
        s.push_str(&format!(", {} suppressed", report.suppressed.len()));
    }
    s
}

fn counts(report: &Report) -> String {
    let s = &report.summary;
    let parts: Vec<String> = [
        (s.errors, "error", "errors"),
        (s.warnings, "warning", "warnings"),
        (s.infos, "info", "infos"),
    ]
    .into_iter()
    .filter(|(n, _, _)| *n > 0)
    .map(|(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
    .collect();
    parts.join(", ")
}

fn width<'a>(items: impl Iterator<Item = &'a str>, max: usize) -> usize {
    items.map(|s| s.chars().count()).max().unwrap_or(0).min(max)
}

fn pad(s: &str, w: usize) -> String {
    let n = s.chars().count();
    if n >= w {
        s.to_string()
    } else {
        format!("{s}{}", " ".repeat(w - n))
    }
}

/// A plain aligned table: a bold header row, two spaces between columns, the last column not
/// padded.
pub fn table(header: &[&str], rows: &[Vec<String>], color: bool) -> String {
    let cols = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<String>| {
        let mut l = String::new();
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            if i + 1 == cols {
                l.push_str(cell);
            } else {
                l.push_str(&pad(cell, *w));
                l.push_str("  ");
            }
        }
        l.trim_end().to_string()
    };
    let mut s = paint(
        color,
        BOLD,
        &line(header.iter().map(|h| h.to_string()).collect()),
    );
    s.push('\n');
    for row in rows {
        s.push_str(&line(row.clone()));
        s.push('\n');
    }
    s
}
