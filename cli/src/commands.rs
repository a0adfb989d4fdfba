//! The informational commands: `rules`, `explain`, `plan-subnets`, `schema`, `profiles`.
use crate::output::text::table;
use crate::output::{paint, Out, BOLD};
use crate::{ListFormat, PlanArgs, EXIT_ERROR, EXIT_OK};
use serde_json::{Map, Value};

fn pretty(v: &impl serde::Serialize) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}

pub fn rules(format: ListFormat, out: &Out) -> u8 {
    let rules = clusterfit::rules();
    match format {
        ListFormat::Json => out.print(&pretty(&rules)),
        ListFormat::Text => {
            let rows: Vec<Vec<String>> = rules
                .iter()
                .map(|r| {
                    vec![
                        r.id.to_string(),
                        r.severity.as_str().to_string(),
                        r.area.as_str().to_string(),
                        r.title.to_string(),
                    ]
                })
                .collect();
            out.print(&table(
                &["id", "severity", "area", "title"],
                &rows,
                out.color,
            ));
        }
    }
    EXIT_OK
}

pub fn explain(id: &str, out: &Out) -> u8 {
    let Some(rule) = clusterfit::rules::find(id) else {
        let hint = match clusterfit::input::closest(id, &clusterfit::rules::ids()) {
            Some(c) => format!("did you mean `{c}`?"),
            None => "`clusterfit rules` lists every rule".to_string(),
        };
        out.usage_error(&format!("unknown rule `{id}`: {hint}"));
        return EXIT_ERROR;
    };
    let head = paint(out.color, BOLD, &format!("{} — {}", rule.id, rule.title));
    out.print(&format!("{head}\n\n{}", rule.doc()));
    EXIT_OK
}

pub fn plan_subnets(args: &PlanArgs, out: &Out) -> u8 {
    let json = args.format == ListFormat::Json;
    let mut options = Map::new();
    if let Some(p) = &args.provider {
        options.insert("provider".into(), Value::String(p.clone()));
    }
    if let Some(p) = &args.profile {
        options.insert("profile".into(), Value::String(p.clone()));
    }
    let plan = clusterfit::PlanOptions::from_value(&Value::Object(options))
        .and_then(|o| clusterfit::plan_subnets(&args.cidr, args.zones, &o));
    match plan {
        Err(e) => {
            out.error(&e, json);
            EXIT_ERROR
        }
        Ok(plan) => {
            let value = serde_json::to_value(&plan).unwrap_or(Value::Null);
            if json {
                out.print(&pretty(&value));
            } else {
                out.print(&plan_text(&value, out.color));
            }
            EXIT_OK
        }
    }
}

/// The plan as text, built from its JSON so it follows whatever the plan holds: scalars as
/// `key: value` lines, arrays of objects as tables with one column per key.
fn plan_text(v: &Value, color: bool) -> String {
    let Value::Object(m) = v else {
        return format!("{}\n", scalar(v));
    };
    let mut s = String::new();
    for (k, x) in m {
        match x {
            Value::Array(items) if items.iter().all(Value::is_object) && !items.is_empty() => {
                let mut cols: Vec<&str> = Vec::new();
                for item in items.iter().filter_map(Value::as_object) {
                    for key in item.keys() {
                        if !cols.contains(&key.as_str()) {
                            cols.push(key);
                        }
                    }
                }
                let rows: Vec<Vec<String>> = items
                    .iter()
                    .filter_map(Value::as_object)
                    .map(|o| {
                        cols.iter()
                            .map(|c| o.get(*c).map(scalar).unwrap_or_default())
                            .collect()
                    })
                    .collect();
                s.push_str(&format!("\n{}\n", paint(color, BOLD, k)));
                s.push_str(&table(&cols, &rows, color));
            }
            other => s.push_str(&format!("{k}: {}\n", scalar(other))),
        }
    }
    s
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        Value::Array(a) if a.iter().all(|x| !x.is_object() && !x.is_array()) => {
            a.iter().map(scalar).collect::<Vec<_>>().join(", ")
        }
        other => other.to_string(),
    }
}

pub fn schema(out: &Out) -> u8 {
    out.print(&pretty(&clusterfit::schema()));
    EXIT_OK
}

pub fn profiles(out: &Out) -> u8 {
    out.print(&pretty(&clusterfit::profiles()));
    EXIT_OK
}
