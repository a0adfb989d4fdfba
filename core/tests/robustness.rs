//! Hostile input never panics: every value of every example and fixture document is replaced by
//! values of every other type and shape, every key is removed, and the text is cut and corrupted.
//! Each run must give a report or a coded error. A deterministic stand-in for the fuzzer
//! (`fuzz/`), cheap enough for every `make test`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use serde_json::{json, Value};
use std::path::Path;

fn documents() -> Vec<Value> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/examples");
    let mut docs = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for p in names {
        let name = p.display().to_string();
        if name.ends_with(".json") && !name.ends_with(".expected.json") {
            docs.push(serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap());
        }
    }
    assert!(!docs.is_empty());
    docs
}

fn replacements() -> Vec<Value> {
    let mut deep = json!(1);
    for _ in 0..70 {
        deep = json!([deep]);
    }
    vec![
        Value::Null,
        json!(true),
        json!(-1),
        json!(0),
        json!(1.5e308),
        json!(-0.000001),
        json!(u64::MAX),
        json!(""),
        json!("x".repeat(300)),
        json!("10.0.0.0/99"),
        json!("ž💥\u{0}"),
        json!("-1Gi"),
        json!("1e400"),
        json!([]),
        json!([null, 1, "a", {}]),
        json!({}),
        json!({"name": 1, "zones": "a"}),
        deep,
    ]
}

/// Every pointer in the document.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(x, p, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(x, p, out);
            }
        }
        _ => {}
    }
}

fn check(doc: &Value, what: &str, profile: &str) {
    let options =
        clusterfit::Options::from_value(&json!({"profile": profile, "strict": true})).unwrap();
    let result = std::panic::catch_unwind(|| clusterfit::validate(doc, &options));
    match result {
        Err(_) => panic!("panic on {what}"),
        Ok(Ok(report)) => {
            for f in &report.findings {
                assert!(
                    f.path.is_empty() || f.path.starts_with('/'),
                    "{what}: bad path {}",
                    f.path
                );
                assert!(!f.message.is_empty(), "{what}: empty message");
            }
        }
        Ok(Err(e)) => assert!(e.code.is_input(), "{what}: unexpected error {e:?}"),
    }
}

#[test]
fn every_value_replaced_by_every_shape() {
    let subs = replacements();
    let mut runs = 0;
    for doc in documents() {
        let mut ptrs = Vec::new();
        pointers(&doc, String::new(), &mut ptrs);
        for p in &ptrs {
            for (i, s) in subs.iter().enumerate() {
                let mut d = doc.clone();
                *d.pointer_mut(p).unwrap() = s.clone();
                let profile = if i % 2 == 0 { "katonic" } else { "domino" };
                check(&d, &format!("{p} = replacement {i}"), profile);
                runs += 1;
            }
            // remove the key or element
            let mut d = doc.clone();
            let (parent, last) = p.rsplit_once('/').unwrap();
            match d.pointer_mut(parent).unwrap() {
                Value::Object(m) => {
                    m.remove(&last.replace("~1", "/").replace("~0", "~"));
                }
                Value::Array(a) => {
                    a.remove(last.parse::<usize>().unwrap());
                }
                _ => {}
            }
            check(&d, &format!("{p} removed"), "katonic");
            runs += 1;
        }
    }
    assert!(runs > 1000, "only {runs} runs");
}

#[test]
fn cut_and_corrupted_text() {
    let options = clusterfit::Options::default();
    for doc in documents() {
        let text = serde_json::to_string(&doc).unwrap();
        let bytes = text.as_bytes();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for cut in (0..bytes.len()).step_by(7) {
            let t = String::from_utf8_lossy(&bytes[..cut]);
            let r = std::panic::catch_unwind(|| clusterfit::validate_str(&t, &options));
            assert!(r.is_ok(), "panic on text cut at {cut}");
            // flip one byte somewhere (xorshift, deterministic)
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut b = bytes.to_vec();
            let at = (seed as usize) % b.len();
            b[at] = b"{}[]\",:0a\\-/"[(seed >> 32) as usize % 12];
            let t = String::from_utf8_lossy(&b);
            let r = std::panic::catch_unwind(|| clusterfit::validate_str(&t, &options));
            assert!(r.is_ok(), "panic on text with byte {at} changed");
        }
    }
}

#[test]
fn limits_are_input_errors() {
    let options = clusterfit::Options::default();
    let big = format!("{{\"name\": \"{}\"}}", "a".repeat(2 * 1024 * 1024));
    assert_eq!(
        clusterfit::validate_str(&big, &options).unwrap_err().code,
        clusterfit::ErrorCode::InputTooLarge
    );
    let deep = format!("{{\"a\":{}1{}}}", "[".repeat(200), "]".repeat(200));
    assert_eq!(
        clusterfit::validate_str(&deep, &options).unwrap_err().code,
        clusterfit::ErrorCode::InputTooDeep
    );
    let v: Value = serde_json::from_str(&format!("{}1{}", "[".repeat(100), "]".repeat(100)))
        .unwrap_or(Value::Null);
    let mut obj = json!({"provider": "aws"});
    obj["x"] = v;
    assert_eq!(
        clusterfit::validate(&obj, &options).unwrap_err().code,
        clusterfit::ErrorCode::InputTooDeep
    );
}
