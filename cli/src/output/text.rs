//! `--format text`: one line per finding, `file:line:col  severity  rule  message`, its hint
//! below, then a summary per file; lines wrap at 100 columns. Colour only when the caller says so
//! (a terminal without `NO_COLOR`). Control characters from the input are escaped (`\u{1b}`), so
//! a hostile document cannot move the cursor or recolour the terminal.
use super::{paint, BLUE, BOLD, CYAN, DIM, GREEN_BOLD, RED, RED_BOLD, YELLOW};
use crate::check::Outcome;
use crate::locate::position_of;
use clusterfit_bindings::{Finding, Report, Severity};

/// Lines wrap to fit this many columns.
pub const WIDTH: usize = 100;
/// Continuation lines of a message, and the hint, are indented this much.
const INDENT: usize = 4;

/// Every input's findings and summary (errors are reported on stderr, not here).
pub fn render_all(outcomes: &[Outcome], color: bool, single: bool) -> String {
    let mut s = String::new();
    let mut first = true;
    for o in outcomes {
        let Ok((report, source)) = &o.result else {
            continue;
        };
        if !first {
            s.push('\n');
        }
        first = false;
        let file = escape(if source.name == "-" {
            "<stdin>"
        } else {
            &source.name
        });
        for f in &report.findings {
            let (line, col) = position_of(&source.text, &f.path, source.yaml);
            s.push_str(&finding_line(&file, line, col, f, color));
        }
        let summary = summary(report, color);
        if single {
            s.push_str(&summary);
        } else {
            s.push_str(&format!("{}: {summary}", paint(color, BOLD, &file)));
        }
        s.push('\n');
    }
    s
}

fn finding_line(file: &str, line: usize, col: usize, f: &Finding, color: bool) -> String {
    let loc = format!("{file}:{line}:{col}");
    let sev = f.severity.as_str();
    let plain_prefix = format!("{loc}  {sev}  {}  ", f.rule);
    let prefix = format!(
        "{}  {}  {}  ",
        paint(color, CYAN, &loc),
        paint(color, severity_colour(f.severity), sev),
        paint(color, BOLD, f.rule)
    );
    let mut s = String::new();
    let message = escape(&f.message);
    let used = plain_prefix.chars().count();
    let lines = if used + 20 > WIDTH {
        // A very long location: the message starts on its own line.
        s.push_str(prefix.trim_end());
        s.push('\n');
        wrap(&message, WIDTH - INDENT, WIDTH - INDENT)
    } else {
        s.push_str(&prefix);
        wrap(&message, WIDTH - used, WIDTH - INDENT)
    };
    for (i, l) in lines.iter().enumerate() {
        if i > 0 || used + 20 > WIDTH {
            s.push_str(&" ".repeat(INDENT));
        }
        s.push_str(l);
        s.push('\n');
    }
    if let Some(hint) = &f.hint {
        let text = format!("hint: {}", escape(hint));
        for l in wrap(&text, WIDTH - INDENT, WIDTH - INDENT - 6) {
            let indent = if l.starts_with("hint: ") {
                INDENT
            } else {
                INDENT + 6
            };
            s.push_str(&" ".repeat(indent));
            s.push_str(&paint(color, DIM, &l));
            s.push('\n');
        }
    }
    s
}

/// Splits `text` into lines of at most `first` characters (the first line) and `rest` (the
/// others), at spaces; a word longer than a line stays whole.
fn wrap(text: &str, first: usize, rest: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut limit = first.max(1);
    for word in text.split(' ') {
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > limit {
            lines.push(std::mem::take(&mut line));
            limit = rest.max(1);
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines
}

/// Control characters (C0, DEL, C1) and line or paragraph separators as `\u{1b}`-style escapes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
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
