//! Roles of imported pools: from labels, else from a pool name that is a role word, else
//! `other`.
use serde_json::{Map, Value};

/// The roles of the description format.
pub(crate) const ROLES: [&str; 8] = [
    "platform",
    "compute",
    "gpu",
    "deployment",
    "vectordb",
    "master",
    "worker",
    "other",
];

/// Pool names that are role words: the node group names of the Katonic EKS guide.
const ROLE_WORDS: [&str; 5] = ["platform", "compute", "gpu", "deployment", "vectordb"];

/// Domino's node-pool label and the role each of its values means.
const DOMINO_LABEL: &str = "dominodatalab.com/node-pool";
const CONTROL_PLANE_LABEL: &str = "node-role.kubernetes.io/control-plane";

/// The inferred role of a pool and why, for the note (`from label …`, `from the pool name`).
pub(crate) fn infer(name: &str, labels: &Map<String, Value>) -> (&'static str, String) {
    if let Some(v) = labels.get(DOMINO_LABEL).and_then(Value::as_str) {
        let role = match v {
            "platform" => Some("platform"),
            "default" => Some("compute"),
            "default-gpu" => Some("gpu"),
            _ => None,
        };
        if let Some(role) = role {
            return (role, format!("from label `{DOMINO_LABEL}: {v}`"));
        }
    }
    if labels.contains_key(CONTROL_PLANE_LABEL) {
        return ("master", format!("from label `{CONTROL_PLANE_LABEL}`"));
    }
    if let Some(word) = ROLE_WORDS.iter().find(|w| **w == name) {
        return (word, format!("from the pool name `{name}`"));
    }
    (
        "other",
        format!("for pool `{name}`, which has no role label and no role-word name"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn labels_then_names_then_other() {
        let labels = |v: Value| v.as_object().cloned().unwrap_or_default();
        let l = labels(json!({"dominodatalab.com/node-pool": "default-gpu"}));
        assert_eq!(infer("x", &l).0, "gpu");
        let l = labels(json!({"dominodatalab.com/node-pool": "default"}));
        assert_eq!(infer("platform", &l).0, "compute");
        let l = labels(json!({"node-role.kubernetes.io/control-plane": ""}));
        assert_eq!(infer("x", &l).0, "master");
        assert_eq!(infer("vectordb", &Map::new()).0, "vectordb");
        assert_eq!(infer("Platform", &Map::new()).0, "other");
    }
}
