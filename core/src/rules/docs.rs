//! `docs/rules.md`, generated from the registry (a test fails when the file is stale).
use super::{all, Area};

const AREAS: [(Area, &str); 8] = [
    (Area::Input, "Input structure"),
    (Area::Kubernetes, "Kubernetes"),
    (Area::Network, "Network"),
    (Area::Zones, "Zones"),
    (Area::Nodes, "Nodes"),
    (Area::Storage, "Storage"),
    (Area::Ingress, "DNS and ingress"),
    (Area::Namespaces, "Namespaces"),
];

/// The rule catalog as markdown.
pub fn catalog_markdown() -> String {
    let mut s = String::from(
        "<!-- generated from the rule registry by `make docs`; do not edit -->\n\n# clusterfit rules\n\n\
         Every rule clusterfit runs, by area. Severity is the default; a profile or the options \
         may change it (`katonic` and `domino` set some per platform, see `clusterfit profiles`).\n\n",
    );
    for (area, heading) in AREAS {
        s.push_str(&format!(
            "## {heading}\n\n| rule | severity | providers | title |\n|---|---|---|---|\n"
        ));
        for r in all().filter(|r| r.area == area) {
            let providers = if r.providers.is_empty() {
                "all".to_string()
            } else {
                r.providers
                    .iter()
                    .map(|p| p.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            s.push_str(&format!(
                "| [`{}`](#{}) | {} | {} | {} |\n",
                r.id,
                r.id,
                r.severity.as_str(),
                providers,
                r.title
            ));
        }
        s.push('\n');
    }
    for r in all() {
        s.push_str(&format!("## `{}`\n\n{}\n\n", r.id, r.title));
        s.push_str(&r.doc().replace("### ", "#### "));
        s.push('\n');
    }
    s
}
