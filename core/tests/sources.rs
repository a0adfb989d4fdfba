//! Every rule's `source` can be followed by a user: it quotes the passage the rule rests on,
//! names the document the passage is in (a vendor's or a cloud's documentation, a standard with
//! its URL, or the project's own input format), and never points at internal working files.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

/// The passages between double quotes (`"…"`), in order.
fn quoted(source: &str) -> Vec<&str> {
    source.split('"').skip(1).step_by(2).collect()
}

#[test]
fn every_source_quotes_a_passage() {
    let failures: Vec<String> = clusterfit::rules()
        .iter()
        .filter(|r| !quoted(r.source).iter().any(|q| q.trim().len() >= 10))
        .map(|r| format!("{}: no quoted passage in {:?}", r.id, r.source))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_source_names_a_document() {
    let failures: Vec<String> = clusterfit::rules()
        .iter()
        .filter(|r| {
            !(r.source.contains("documentation")
                || r.source.contains("https://")
                || r.source.contains("docs/input.md"))
        })
        .map(|r| format!("{}: names no document in {:?}", r.id, r.source))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_source_points_at_internal_files() {
    let mut failures = Vec::new();
    for r in clusterfit::rules() {
        // "SPEC" is matched as written: "specific" and "specified" are ordinary words.
        let mentions = [
            ("seed", r.source.to_lowercase().contains("seed")),
            ("SPEC", r.source.contains("SPEC")),
            ("§", r.source.contains('§')),
            // The team's working folder beside the repository (spelled in parts here, so this
            // test does not itself mention it).
            (
                "the working folder",
                r.source.contains(&["..", "shared"].join("/")),
            ),
        ];
        for (word, found) in mentions {
            if found {
                failures.push(format!(
                    "{}: source mentions {word:?}: {:?}",
                    r.id, r.source
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_url_in_a_source_is_a_plain_https_link() {
    let mut failures = Vec::new();
    for r in clusterfit::rules() {
        for (i, _) in r.source.match_indices("http") {
            let rest = &r.source[i..];
            let url: String = rest
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != ')' && *c != '"')
                .collect();
            if !url.starts_with("https://") || url.len() <= "https://".len() + 3 {
                failures.push(format!("{}: malformed link {url:?}", r.id));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
