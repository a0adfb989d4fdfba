//! `--format json`: the report exactly as every binding returns it, plus a newline.

/// Every input's answer. A single file named as such gives its report, or the error object,
/// unchanged; several give one line per file: `{"file":…,"report":…}` or `{"file":…,"error":…}`.
pub fn render_all(outcomes: &[crate::check::Outcome], single: bool) -> String {
    let mut s = String::new();
    for o in outcomes {
        let body = match &o.result {
            Ok((report, _)) => report.to_json(),
            Err(stop) => {
                serde_json::json!({"error": {"code": stop.code(), "message": stop.message()}})
                    .to_string()
            }
        };
        if single || o.name.is_empty() {
            s.push_str(&body);
        } else {
            let key = if o.result.is_ok() { "report" } else { "error" };
            let name = serde_json::to_string(&o.name).unwrap_or_default();
            let inner = match &o.result {
                Ok(_) => body,
                Err(stop) => {
                    serde_json::json!({"code": stop.code(), "message": stop.message()}).to_string()
                }
            };
            s.push_str(&format!("{{\"file\":{name},\"{key}\":{inner}}}"));
        }
        s.push('\n');
    }
    s
}
