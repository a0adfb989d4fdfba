//! `--format json`: the report exactly as every binding returns it, plus a newline.
use clusterfit_bindings::Report;

pub fn render(report: &Report) -> String {
    let mut s = report.to_json();
    s.push('\n');
    s
}
