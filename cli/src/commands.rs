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

pub fn rules(format: ListFormat, out: &Out<'_>) -> u8 {
    let rules = clusterfit_bindings::rule_infos();
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

pub fn explain(id: &str, out: &Out<'_>) -> u8 {
    let rule = match clusterfit_bindings::rule(id) {
        Ok(rule) => rule,
        Err(e) => {
            out.usage_error(&e.message);
            return EXIT_ERROR;
        }
    };
    let head = paint(out.color, BOLD, &format!("{} — {}", rule.id, rule.title));
    out.print(&format!("{head}\n\n{}", rule.doc));
    EXIT_OK
}

pub fn plan_subnets(args: &PlanArgs, out: &Out<'_>) -> u8 {
    let json = args.format == ListFormat::Json;
    let mut options = Map::new();
    if let Some(p) = &args.provider {
        options.insert("provider".into(), Value::String(p.clone()));
    }
    if let Some(p) = &args.profile {
        options.insert("profile".into(), Value::String(p.clone()));
    }
    if let Some(path) = &args.profile_file {
        match crate::check::read_profile_file(path, out) {
            Ok(v) => {
                options.insert("profile".into(), v);
            }
            Err(stop) => {
                match stop {
                    crate::check::Stop::Usage(m) => out.usage_error(&m),
                    crate::check::Stop::Coded(e) => out.error(&e, json),
                }
                return EXIT_ERROR;
            }
        }
    }
    if let Some(p) = args.private_prefix {
        options.insert("privatePrefix".into(), Value::from(p));
    }
    if let Some(names) = &args.zone_names {
        let names = names
            .split(',')
            .map(|n| Value::String(n.trim().to_string()));
        options.insert("zoneNames".into(), Value::Array(names.collect()));
    }
    let plan =
        clusterfit_bindings::plan_subnets_typed(&args.cidr, args.zones, &Value::Object(options));
    match plan {
        Err(e) => {
            out.error(&e, json);
            EXIT_ERROR
        }
        Ok(plan) => {
            if json {
                out.print(&pretty(&serde_json::to_value(&plan).unwrap_or(Value::Null)));
            } else {
                out.print(&plan_text(&plan, out.color));
            }
            EXIT_OK
        }
    }
}

/// The plan as text: a header line, the subnets as a table, the free blocks, and a pointer to
/// the ready-to-paste `network` object of `--format json`.
fn plan_text(plan: &clusterfit_bindings::SubnetPlan, color: bool) -> String {
    let mut s = format!(
        "{} {} on {}, {} profile, zones {}\n\n",
        paint(color, BOLD, "VPC"),
        plan.vpc,
        plan.provider,
        plan.profile,
        plan.availability_zones.join(", ")
    );
    let rows: Vec<Vec<String>> = plan
        .subnets
        .iter()
        .map(|n| {
            vec![
                n.name.clone(),
                n.kind.to_string(),
                n.zone.clone(),
                n.cidr.clone(),
                n.addresses.to_string(),
                n.usable.to_string(),
            ]
        })
        .collect();
    s.push_str(&table(
        &["name", "type", "zone", "cidr", "addresses", "usable"],
        &rows,
        color,
    ));
    let free = if plan.free.is_empty() {
        "none".to_string()
    } else {
        plan.free.join(", ")
    };
    s.push_str(&format!("\nfree: {free}\n"));
    s.push_str("`--format json` prints the plan with a ready-to-paste `network` object\n");
    s
}

pub fn schema(out: &Out<'_>) -> u8 {
    out.print(&pretty(&clusterfit_bindings::schema()));
    EXIT_OK
}

pub fn profiles(out: &Out<'_>) -> u8 {
    out.print(&pretty(&clusterfit_bindings::profile_list()));
    EXIT_OK
}
