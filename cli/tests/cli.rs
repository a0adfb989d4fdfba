//! End-to-end tests of the `clusterfit` binary: exit codes, formats, options, hostile input.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use serde_json::{json, Value};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const BIN: &str = env!("CARGO_BIN_EXE_clusterfit");

/// A document with findings of both severities: a wrong type (error) and a typo (warning).
const BAD: &str = r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
  "network": {"vpcCdir": "10.0.0.0/21", "maxPodsPerNode": "many"}}"#;
/// Only a warning (unknown field).
const WARN_ONLY: &str =
    r#"{"provider": "aws", "kubernetes": {"version": "1.30"}, "colour": "blue"}"#;
const GOOD: &str = r#"{"provider": "aws", "kubernetes": {"version": "1.30"}}"#;

fn temp(name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "clusterfit-cli-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

fn run(args: &[&str]) -> Output {
    run_stdin(args, None)
}

fn run_stdin(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    if let Some(input) = stdin {
        let _ = pipe.write_all(input);
    }
    drop(pipe);
    child.wait_with_output().unwrap()
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exited by signal")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn json_out(o: &Output) -> Value {
    serde_json::from_str(&stdout(o)).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

fn check(path: &std::path::Path, extra: &[&str]) -> Output {
    let mut args = vec!["check", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    run(&args)
}

/// Never a crash: exit 0, 1 or 2, never 101, no panic message.
fn assert_no_crash(o: &Output, what: &str) {
    let c = code(o);
    assert!(matches!(c, 0..=2), "{what}: exit {c}, stderr {}", stderr(o));
    assert!(!stderr(o).contains("panicked"), "{what}: {}", stderr(o));
}

fn core_json(text: &str, options: Value) -> String {
    let options = clusterfit_bindings::Options::from_value(&options).unwrap();
    clusterfit_bindings::validate(clusterfit_bindings::Doc::Text(text), &options)
        .unwrap()
        .to_json()
}

#[test]
fn exit_codes_follow_the_report() {
    assert_eq!(code(&check(&temp("good.json", GOOD), &[])), 0);
    assert_eq!(code(&check(&temp("bad.json", BAD), &[])), 1);
    assert_eq!(code(&check(&temp("warn.json", WARN_ONLY), &[])), 0);
    assert_eq!(code(&check(&temp("x.json", "nope"), &[])), 2);
    assert_eq!(code(&run(&["check", "/definitely/not/here.json"])), 2);
    assert_eq!(code(&run(&["check"])), 2, "missing FILE is a usage error");
    assert_eq!(code(&run(&["check", "-", "--format", "xml"])), 2);
}

#[test]
fn json_output_is_the_core_report_byte_for_byte() {
    let path = temp("bad.json", BAD);
    let o = check(&path, &["--format", "json"]);
    assert_eq!(code(&o), 1);
    assert_eq!(stdout(&o), format!("{}\n", core_json(BAD, Value::Null)));
}

#[test]
fn yaml_and_json_give_the_same_report() {
    let yaml = "provider: aws\nkubernetes:\n  version: '1.30'\nnetwork:\n  vpcCdir: 10.0.0.0/21\n  maxPodsPerNode: many\n";
    let from_yaml = check(&temp("c.yaml", yaml), &["--format", "json"]);
    let from_json = check(&temp("c.json", BAD), &["--format", "json"]);
    assert_eq!(code(&from_yaml), 1);
    assert_eq!(stdout(&from_yaml), stdout(&from_json));
    // `.yml` and YAML on stdin (detected by content) too.
    assert_eq!(
        stdout(&check(&temp("c.yml", yaml), &["--format", "json"])),
        stdout(&from_json)
    );
    let piped = run_stdin(&["check", "-", "--format", "json"], Some(yaml.as_bytes()));
    assert_eq!(stdout(&piped), stdout(&from_json));
}

#[test]
fn stdin_json() {
    let o = run_stdin(&["check", "-", "--format", "json"], Some(BAD.as_bytes()));
    assert_eq!(code(&o), 1);
    assert_eq!(stdout(&o), format!("{}\n", core_json(BAD, Value::Null)));
}

#[test]
fn options_file_with_flags_winning() {
    let doc = temp("warn.json", WARN_ONLY);
    // The file says fail on warnings: the unknown field fails.
    let opts = temp("opts.json", r#"{"failOn": "warning", "profile": "domino"}"#);
    let o = check(
        &doc,
        &["--options", opts.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(code(&o), 1);
    assert_eq!(json_out(&o)["profile"], "domino");
    // The flag beside it wins.
    let o = check(
        &doc,
        &[
            "--options",
            opts.to_str().unwrap(),
            "--fail-on",
            "error",
            "--profile",
            "katonic",
            "--format",
            "json",
        ],
    );
    assert_eq!(code(&o), 0);
    assert_eq!(
        stdout(&o),
        format!(
            "{}\n",
            core_json(WARN_ONLY, json!({"failOn": "error", "profile": "katonic"}))
        )
    );
    // `--disable` adds to the file's list.
    let opts = temp("opts.json", r#"{"disable": ["invalid-type"]}"#);
    let o = check(
        &temp("bad.json", BAD),
        &[
            "--options",
            opts.to_str().unwrap(),
            "--disable",
            "unknown-field",
            "--format",
            "json",
        ],
    );
    assert_eq!(json_out(&o)["findings"], json!([]));
    assert_eq!(code(&o), 0);
}

#[test]
fn options_errors_are_coded() {
    let doc = temp("good.json", GOOD);
    for (args, what) in [
        (vec!["--profile", "nope"], "unknown profile"),
        (vec!["--disable", "no-such-rule"], "unknown rule"),
    ] {
        let mut a = args.clone();
        a.extend(["--format", "json"]);
        let o = check(&doc, &a);
        assert_eq!(code(&o), 2, "{what}");
        assert_eq!(json_out(&o)["error"]["code"], "OPTIONS_INVALID", "{what}");
        let o = check(&doc, &args);
        assert_eq!(code(&o), 2, "{what}");
        assert!(
            stderr(&o).contains("OPTIONS_INVALID"),
            "{what}: {}",
            stderr(&o)
        );
        assert!(stdout(&o).is_empty());
    }
    let opts = temp("opts.json", r#"{"ignore": "everything"}"#);
    let o = check(
        &doc,
        &["--options", opts.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(json_out(&o)["error"]["code"], "OPTIONS_INVALID");
    let opts = temp("opts.json", "[1, 2]");
    let o = check(
        &doc,
        &["--options", opts.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(json_out(&o)["error"]["code"], "OPTIONS_INVALID");
    let o = check(&doc, &["--profile", "katonic", "--profile-file", "x.json"]);
    assert_eq!(code(&o), 2, "--profile and --profile-file conflict");
}

#[test]
fn profile_file_is_a_custom_profile() {
    let profile = temp("p.json", r#"{"name": "acme", "extends": "katonic"}"#);
    let o = check(
        &temp("good.json", GOOD),
        &[
            "--profile-file",
            profile.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    assert_eq!(json_out(&o)["profile"], "acme");
}

#[test]
fn disable_and_strict_flags() {
    let o = check(
        &temp("bad.json", BAD),
        &["--disable", "invalid-type", "--format", "json"],
    );
    let rules: Vec<Value> = json_out(&o)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].clone())
        .collect();
    assert_eq!(rules, vec![json!("unknown-field")]);
    assert_eq!(code(&o), 0);
    let o = check(&temp("good.json", GOOD), &["--strict", "--format", "json"]);
    assert_eq!(
        stdout(&o),
        format!("{}\n", core_json(GOOD, json!({"strict": true})))
    );
}

#[test]
fn fail_on_warning() {
    let doc = temp("warn.json", WARN_ONLY);
    assert_eq!(code(&check(&doc, &[])), 0);
    let o = check(&doc, &["--fail-on", "warning"]);
    assert_eq!(code(&o), 1);
    assert!(
        stdout(&o).contains("✗ 1 warning — not valid for katonic"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn text_output_is_a_plain_table_when_not_a_terminal() {
    let bad = temp("bad.json", BAD);
    let o = check(&bad, &[]);
    let out = stdout(&o);
    assert!(!out.contains('\x1b'), "no ANSI codes in a pipe: {out}");
    let name = bad.to_str().unwrap();
    // `file:line:col  severity  rule  message`, in report order, the hint below.
    for needle in [
        format!("{name}:2:41  error  invalid-type"),
        format!("{name}:2:15  warning  unknown-field"),
        "found string `many`".to_string(),
        "    hint: did you mean `vpcCidr`?".to_string(),
        "✗ 1 error, 1 warning — not valid for katonic".to_string(),
    ] {
        assert!(out.contains(&needle), "missing {needle:?} in:\n{out}");
    }
    assert!(out.lines().all(|l| l.chars().count() <= 100), "{out}");
    let o = check(&temp("good.json", GOOD), &[]);
    // The verdict, then what was checked, from the report's coverage.
    let report = clusterfit_bindings::validate(
        clusterfit_bindings::Doc::Text(GOOD),
        &clusterfit_bindings::Options::default(),
    )
    .unwrap();
    let c = &report.coverage;
    assert!(c.ran > 40 && !c.lacking_data.is_empty(), "{c:?}");
    assert_eq!(
        stdout(&o).trim(),
        format!(
            "✓ valid for katonic\n{} rules ran, {} lacked data (--strict lists them)",
            c.ran,
            c.lacking_data.len()
        )
    );
    let o = check(
        &temp("good.json", GOOD),
        &["--strict", "--disable", "not-described"],
    );
    assert!(stdout(&o).contains("lacked data (--strict lists them)"));
    let options = serde_json::json!({"ignore": [{"rule": "unknown-field", "reason": "legacy"}]});
    let opts = temp("ignore.json", options.to_string());
    let o = check(
        &temp("bad.json", BAD),
        &["--options", opts.to_str().unwrap()],
    );
    assert!(stdout(&o).contains(", 1 suppressed"), "{}", stdout(&o));
    // `--color always` forces colour; NO_COLOR is respected by `auto` (tested by the pipe above).
    let bad = temp("bad.json", BAD);
    let o = run(&["--color", "always", "check", bad.to_str().unwrap()]);
    assert!(stdout(&o).contains("\x1b["));
}

#[test]
fn sarif_is_valid_and_points_at_the_field() {
    let path = temp("bad.json", "{\n  \"provider\": \"aws\",\n  \"kubernetes\": {\"version\": \"1.30\"},\n  \"network\": {\n    \"vpcCdir\": \"10.0.0.0/21\",\n    \"maxPodsPerNode\": \"many\"\n  }\n}\n");
    let o = check(&path, &["--format", "sarif"]);
    assert_eq!(code(&o), 1);
    let sarif = json_out(&o);
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "clusterfit");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), clusterfit_bindings::rule_infos().len());
    let rule = rules.iter().find(|r| r["id"] == "invalid-type").unwrap();
    assert_eq!(rule["defaultConfiguration"]["level"], "error");
    assert!(rule["shortDescription"]["text"].is_string());
    assert!(rule["help"]["markdown"]
        .as_str()
        .unwrap()
        .contains("What it checks"));
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    let r = results
        .iter()
        .find(|r| r["ruleId"] == "invalid-type")
        .unwrap();
    assert_eq!(r["level"], "error");
    let loc = &r["locations"][0];
    assert_eq!(
        loc["logicalLocations"][0]["fullyQualifiedName"],
        "/network/maxPodsPerNode"
    );
    assert!(loc["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap()
        .ends_with("bad.json"));
    assert_eq!(loc["physicalLocation"]["region"]["startLine"], 6);
    let w = results
        .iter()
        .find(|r| r["ruleId"] == "unknown-field")
        .unwrap();
    assert_eq!(w["level"], "warning");
    assert_eq!(
        w["locations"][0]["physicalLocation"]["region"]["startLine"],
        5
    );
    // The rule index points at the rule.
    let i = r["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(rules[i]["id"], "invalid-type");
}

/// A tiny XML well-formedness check: tags balance, attributes are quoted, no stray `<` or `&`.
fn xml_elements(xml: &str) -> Vec<(String, String)> {
    let body = xml
        .strip_prefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .expect("declaration");
    let mut stack: Vec<String> = Vec::new();
    let mut elements = Vec::new();
    let mut rest = body;
    while let Some(start) = rest.find('<') {
        let text = &rest[..start];
        assert!(!text.contains('>'), "stray `>` in text {text:?}");
        for (i, _) in text.match_indices('&') {
            let ent = &text[i..];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#"]
                    .iter()
                    .any(|e| ent.starts_with(e)),
                "bad entity in {text:?}"
            );
        }
        let end = rest[start..].find('>').expect("unclosed tag") + start;
        let tag = &rest[start + 1..end];
        assert!(!tag.contains('<'), "`<` inside tag {tag:?}");
        assert_eq!(
            tag.matches('"').count() % 2,
            0,
            "unbalanced quotes in {tag:?}"
        );
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name), "mismatched </{name}>");
        } else {
            let name = tag
                .split_whitespace()
                .next()
                .unwrap()
                .trim_end_matches('/')
                .to_string();
            elements.push((name.clone(), tag.to_string()));
            if !tag.ends_with('/') {
                stack.push(name);
            }
        }
        rest = &rest[end + 1..];
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
    assert!(rest.trim().is_empty());
    elements
}

#[test]
fn junit_has_one_testcase_per_rule() {
    // A hostile value with markup and a control character lands in a message: it must be escaped.
    let doc = r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
      "network": {"maxPodsPerNode": "<b>&\u0001\"x\"</b>"}, "colour": 1}"#;
    let o = check(&temp("bad.json", doc), &["--format", "junit"]);
    assert_eq!(code(&o), 1);
    let xml = stdout(&o);
    let elements = xml_elements(&xml);
    let cases: Vec<&String> = elements
        .iter()
        .filter(|(n, _)| n == "testcase")
        .map(|(_, t)| t)
        .collect();
    assert_eq!(cases.len(), clusterfit_bindings::rule_infos().len());
    let failures = elements.iter().filter(|(n, _)| n == "failure").count();
    assert_eq!(failures, 1, "{xml}");
    assert!(xml.contains(r#"<testcase name="invalid-type" classname="clusterfit.input""#));
    assert!(xml.contains("&lt;b&gt;&amp;"), "{xml}");
    assert!(!xml.contains('\u{1}'));
    // The warning does not fail its case at fail-on error, but does at fail-on warning.
    let suite = elements.iter().find(|(n, _)| n == "testsuite").unwrap();
    assert!(suite.1.contains("failures=\"1\""), "{}", suite.1);
    let o = check(
        &temp("bad.json", doc),
        &["--format", "junit", "--fail-on", "warning"],
    );
    let elements = xml_elements(&stdout(&o));
    assert_eq!(elements.iter().filter(|(n, _)| n == "failure").count(), 2);
    // Provider-gated rules of another provider are skipped.
    assert!(
        elements
            .iter()
            .any(|(n, t)| n == "skipped" && t.contains("runs only for provider"))
            || clusterfit_bindings::rule_infos()
                .iter()
                .all(|r| r.providers.is_empty() || r.providers.contains(&"aws"))
    );
}

#[test]
fn ignored_findings_are_sarif_suppressions_and_junit_skips() {
    let options = serde_json::json!({"ignore": [
        {"rule": "unknown-field", "path": "/network/vpcCdir", "reason": "legacy key"}
    ]});
    let opts = temp("ignore-formats.json", options.to_string());
    let file = temp("bad.json", BAD);
    let args = ["--options", opts.to_str().unwrap(), "--format"];
    let o = check(&file, &[&args[..], &["sarif"]].concat());
    let log: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    let suppressed: Vec<&serde_json::Value> = results
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(suppressed.len(), 1, "{results:?}");
    assert_eq!(suppressed[0]["ruleId"], "unknown-field");
    assert_eq!(suppressed[0]["suppressions"][0]["kind"], "external");
    assert_eq!(
        suppressed[0]["suppressions"][0]["justification"],
        "legacy key"
    );
    assert_eq!(
        suppressed[0]["locations"][0]["logicalLocations"][0]["fullyQualifiedName"],
        "/network/vpcCdir"
    );
    // The other finding (invalid-type) is still an ordinary result.
    assert!(results
        .iter()
        .any(|r| r["ruleId"] == "invalid-type" && r.get("suppressions").is_none()));
    let o = check(&file, &[&args[..], &["junit"]].concat());
    let xml = stdout(&o);
    let case = xml
        .split("<testcase ")
        .find(|c| c.starts_with("name=\"unknown-field\""))
        .unwrap();
    assert!(
        case.contains("<skipped message=\"suppressed by ignore (/network/vpcCdir: legacy key)\"/>"),
        "{case}"
    );
}

#[test]
fn input_errors_print_the_json_error_object() {
    for (name, content, code_) in [
        ("a.json", "not json".as_bytes().to_vec(), "INPUT_NOT_JSON"),
        ("b.json", b"[1, 2]".to_vec(), "INPUT_NOT_OBJECT"),
        (
            "c.json",
            br#"{"schemaVersion": 2, "provider": "aws"}"#.to_vec(),
            "INPUT_SCHEMA_VERSION",
        ),
        ("d.json", Vec::new(), "INPUT_NOT_JSON"),
        (
            "e.json",
            vec![0xff, 0xfe, 0x00, 0x9c, 0x01, 0x02],
            "INPUT_NOT_JSON",
        ),
    ] {
        let path = temp(name, &content);
        let o = check(&path, &["--format", "json"]);
        assert_eq!(code(&o), 2, "{name}");
        let v = json_out(&o);
        assert_eq!(v["error"]["code"], code_, "{name}: {v}");
        assert!(v["error"]["message"].is_string());
        // Text format: the code on stderr, nothing on stdout.
        let o = check(&path, &[]);
        assert_eq!(code(&o), 2);
        assert!(stderr(&o).contains(code_), "{name}: {}", stderr(&o));
        assert!(stdout(&o).is_empty());
    }
}

#[test]
fn hostile_inputs_never_crash() {
    // 2 MiB: too large, for JSON, YAML and stdin.
    let big = format!("{{\"name\": \"{}\"}}", "x".repeat(2 * 1024 * 1024));
    for name in ["big.json", "big.yaml"] {
        let o = check(&temp(name, &big), &["--format", "json"]);
        assert_no_crash(&o, name);
        assert_eq!(json_out(&o)["error"]["code"], "INPUT_TOO_LARGE", "{name}");
    }
    let o = run_stdin(&["check", "-", "--format", "json"], Some(big.as_bytes()));
    assert_eq!(json_out(&o)["error"]["code"], "INPUT_TOO_LARGE");

    // 200-deep nesting, JSON and YAML (flow and block style).
    let deep = format!(
        "{{\"provider\": \"aws\", \"x\": {}{}}}",
        "[".repeat(200),
        "]".repeat(200)
    );
    let block: String = (0..200)
        .map(|i| format!("{}k{i}:\n", "  ".repeat(i)))
        .collect::<String>()
        + &"  ".repeat(200)
        + "v: 1\n";
    for (name, text) in [
        ("deep.json", deep.clone()),
        ("deep.yaml", deep),
        ("block.yaml", block),
    ] {
        let o = check(&temp(name, &text), &["--format", "json"]);
        assert_no_crash(&o, name);
        assert_eq!(json_out(&o)["error"]["code"], "INPUT_TOO_DEEP", "{name}");
    }

    // A YAML alias bomb (billion laughs): stopped at the size limit, quickly.
    let mut bomb = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
    for w in names.windows(2) {
        bomb.push_str(&format!(
            "{}: &{} [{}]\n",
            w[1],
            w[1],
            vec![format!("*{}", w[0]); 9].join(",")
        ));
    }
    let started = std::time::Instant::now();
    let o = check(&temp("bomb.yaml", &bomb), &["--format", "json"]);
    assert_no_crash(&o, "alias bomb");
    assert_eq!(json_out(&o)["error"]["code"], "INPUT_TOO_LARGE");
    assert!(started.elapsed().as_secs() < 10);
    // A wide bomb: one big anchor used many times.
    let wide = format!(
        "a: &a [{}]\nb: [{}]\n",
        vec!["1"; 20_000].join(","),
        vec!["*a"; 20_000].join(",")
    );
    let o = check(&temp("wide.yaml", &wide), &["--format", "json"]);
    assert_no_crash(&o, "wide alias bomb");
    assert_eq!(code(&o), 2);

    // Binary garbage, on stdin too; YAML that is not YAML.
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    assert_no_crash(&check(&temp("garbage.bin", &garbage), &[]), "garbage");
    assert_no_crash(
        &run_stdin(&["check", "-"], Some(&garbage)),
        "garbage on stdin",
    );
    for (i, text) in [
        "key: [unclosed",
        "\t- :\n  - ]]]",
        "!!binary AAAA",
        "a: !!int x",
        "--- 1\n--- 2\n",
        "? [a]\n: b\n",
        ".nan",
        "1.0e999",
    ]
    .iter()
    .enumerate()
    {
        let o = check(&temp(&format!("odd{i}.yaml"), text), &["--format", "json"]);
        assert_no_crash(&o, text);
        assert_eq!(code(&o), 2, "{text}: {}", stdout(&o));
    }
}

#[test]
fn every_field_of_the_wrong_type_gives_findings() {
    let doc = json!({
        "schemaVersion": 1, "name": 1, "provider": 1, "kubernetes": {"version": 1, "distribution": 1,
        "containerRuntime": [], "fargate": "no"}, "availabilityZones": "a",
        "network": {"vpcCidr": 1, "subnets": [1, {"name": 1, "cidr": 1, "type": 1, "zone": 1, "tags": 1}],
          "dnsSupport": "y", "dnsHostnames": 0, "cni": {}, "networkPolicy": [], "podCidr": true,
          "serviceCidr": 1, "maxPodsPerNode": "x", "peeredCidrs": {}},
        "nodePools": [1, {"name": 1, "role": 1, "instanceType": 1, "cpu": [], "memory": {}, "bootDisk": true,
          "additionalDisk": "lots", "gpus": "one", "minNodes": -1, "maxNodes": 1.5, "zones": "a", "labels": [], "os": 1}],
        "storage": {"blockClass": 1, "sharedClass": []},
        "storageClasses": [1, {"metadata": 1, "provisioner": 1, "parameters": 1, "volumeBindingMode": 1,
          "allowVolumeExpansion": 1, "reclaimPolicy": 1, "capabilities": {"dynamicProvisioning": 1,
          "accessModes": 1, "ssd": 1, "nfs": 1, "anyNode": 1, "zonal": 1, "maxVolumeGiB": true}}],
        "objectStorage": {"backups": 1, "blob": {"type": 1, "bucket": 1, "region": 1, "endpoint": 1}, "logs": []},
        "ingress": {"fqdn": 1, "existingInstalls": 1, "tls": {"certificateSans": 1},
          "loadBalancer": {"tlsTermination": 1, "listeners": [1, {"port": "x", "targetPort": -1}],
          "websockets": 1, "xForwardedProto": 1, "healthCheck": {"protocol": 1, "port": 1e9, "path": 1}}},
        "addons": {"superset": 1, "airbyte": "yes"}, "ntp": "yes",
        "namespaces": {"mode": 1, "template": 1, "autoCreate": 1, "sampleLogins": 1}
    });
    let text = serde_json::to_string(&doc).unwrap();
    for (name, content) in [("types.json", text.clone()), ("types.yaml", text)] {
        let o = check(&temp(name, &content), &["--format", "json", "--strict"]);
        assert_no_crash(&o, name);
        assert_eq!(code(&o), 1, "{name}: {}", stdout(&o));
        let report = json_out(&o);
        assert!(
            report["summary"]["errors"].as_u64().unwrap() > 40,
            "{name}: {report}"
        );
    }
    // Every top-level value of the wrong type at once.
    let o = check(
        &temp(
            "top.json",
            r#"{"provider": [], "kubernetes": 3, "network": "x", "nodePools": {}, "storageClasses": "x", "objectStorage": [], "ingress": 1, "addons": 1, "namespaces": 1, "storage": 1}"#,
        ),
        &[],
    );
    assert_no_crash(&o, "top-level types");
    assert_eq!(code(&o), 1);
}

#[test]
fn rules_explain_schema_profiles_version() {
    let o = run(&["rules"]);
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    assert!(out.starts_with("id"));
    for r in clusterfit_bindings::rule_infos() {
        assert!(out.contains(r.id), "{}", r.id);
    }
    let o = run(&["rules", "--format", "json"]);
    assert_eq!(
        json_out(&o),
        serde_json::to_value(clusterfit_bindings::rule_infos()).unwrap()
    );

    let o = run(&["explain", "unknown-field"]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains(&clusterfit_bindings::rule("unknown-field").unwrap().doc));
    let o = run(&["explain", "vpc-cidr-sise"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("did you mean `vpc-cidr-size`?"),
        "{}",
        stderr(&o)
    );
    let o = run(&["explain", "zzzzzzzzzzzzz"]);
    assert_eq!(code(&o), 2);

    assert_eq!(json_out(&run(&["schema"])), clusterfit_bindings::schema());
    assert_eq!(
        json_out(&run(&["profiles"])),
        serde_json::to_value(clusterfit_bindings::profile_list()).unwrap()
    );
    let o = run(&["--version"]);
    assert_eq!(code(&o), 0);
    assert_eq!(
        stdout(&o).trim(),
        format!("clusterfit {}", clusterfit_bindings::VERSION)
    );
}

#[test]
fn plan_subnets_arguments_and_errors() {
    let expected =
        clusterfit_bindings::plan_subnets_typed("10.0.0.0/21", 3, &json!({"provider": "aws"}));
    let o = run(&[
        "plan-subnets",
        "10.0.0.0/21",
        "--zones",
        "3",
        "--provider",
        "aws",
        "--format",
        "json",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        json_out(&o),
        serde_json::to_value(expected.unwrap()).unwrap()
    );
    // Text: a header, one row per subnet, the free blocks.
    let o = run(&[
        "plan-subnets",
        "10.0.0.0/20",
        "--zones",
        "3",
        "--zone-names",
        "eu-west-1a,eu-west-1b,eu-west-1c",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.starts_with(
            "VPC 10.0.0.0/20 on aws, katonic profile, zones eu-west-1a, eu-west-1b, eu-west-1c"
        ),
        "{text}"
    );
    assert!(
        text.contains("private-eu-west-1b  private  eu-west-1b  10.0.1.0/24"),
        "{text}"
    );
    assert!(
        text.contains("public-eu-west-1a   public   eu-west-1a  10.0.15.240/28"),
        "{text}"
    );
    assert!(text.contains("\nfree: 10.0.3.0/24, 10.0.4.0/22"), "{text}");
    // A VPC below the profile's minimum is refused with the profile's reason.
    let o = run(&[
        "plan-subnets",
        "10.0.0.0/22",
        "--zones",
        "3",
        "--format",
        "json",
    ]);
    assert_eq!(code(&o), 2);
    assert_eq!(json_out(&o)["error"]["code"], "OPTIONS_INVALID");
    assert!(json_out(&o)["error"]["message"]
        .as_str()
        .unwrap()
        .contains("smaller than /21"));
    // Not a CIDR: an error, never a crash.
    let o = run(&["plan-subnets", "banana", "--zones", "3", "--format", "json"]);
    assert_eq!(code(&o), 2);
    assert!(json_out(&o)["error"]["code"].is_string());
    let o = run(&["plan-subnets", "banana", "--zones", "3"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("error["));
    // Usage errors.
    assert_eq!(
        code(&run(&["plan-subnets", "10.0.0.0/21"])),
        2,
        "--zones is required"
    );
    assert_eq!(
        code(&run(&["plan-subnets", "10.0.0.0/21", "--zones", "three"])),
        2
    );
    assert_eq!(
        code(&run(&["plan-subnets", "10.0.0.0/21", "--zones", "-1"])),
        2
    );
}

fn run_in(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn several_files_directories_and_globs_one_report_each() {
    let good = temp("good.json", GOOD);
    let dir = good.parent().unwrap();
    std::fs::write(
        dir.join("warn.yaml"),
        "provider: aws\nkubernetes: {version: '1.30'}\ncolour: blue\n",
    )
    .unwrap();
    std::fs::write(dir.join("notes.txt"), "not a description").unwrap();
    std::fs::write(dir.join(".clusterfit.json"), "{}").unwrap();
    let o = run_in(dir, &["check", ".", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let lines: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let files: Vec<&str> = lines.iter().map(|l| l["file"].as_str().unwrap()).collect();
    assert_eq!(files, ["good.json", "warn.yaml"]);
    // The worst exit code wins: a warning fails with --fail-on warning, a missing file is 2.
    assert_eq!(
        code(&run_in(
            dir,
            &["check", "*.json", "warn.yaml", "--fail-on", "warning"]
        )),
        1
    );
    let o = run_in(dir, &["check", "good.json", "missing.json"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("missing.json"), "{}", stderr(&o));
    assert_eq!(code(&run_in(dir, &["check", "*.nothing"])), 2);
}

#[test]
fn fail_on_none_and_output_file() {
    let bad = temp("bad.json", BAD);
    let dir = bad.parent().unwrap();
    let o = run_in(
        dir,
        &[
            "check",
            "bad.json",
            "--fail-on",
            "none",
            "--format",
            "sarif",
            "--output",
            "out.sarif",
        ],
    );
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).is_empty());
    let sarif: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("out.sarif")).unwrap()).unwrap();
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"],
        "%SRCROOT%"
    );
    assert!(sarif["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .unwrap()
        .starts_with("file:///"));
    // --fail-on none keeps exit 2 for an input error.
    std::fs::write(dir.join("broken.json"), "{nope").unwrap();
    assert_eq!(
        code(&run_in(dir, &["check", "broken.json", "--fail-on", "none"])),
        2
    );
}

#[test]
fn sarif_and_junit_carry_input_errors() {
    let broken = temp("broken.yaml", "a: [unclosed\n");
    let dir = broken.parent().unwrap();
    let o = run_in(dir, &["check", "broken.yaml", "--format", "sarif"]);
    assert_eq!(code(&o), 2);
    let sarif = json_out(&o);
    let inv = &sarif["runs"][0]["invocations"][0];
    assert_eq!(inv["executionSuccessful"], false);
    assert_eq!(
        inv["toolExecutionNotifications"][0]["descriptor"]["id"],
        "INPUT_NOT_YAML"
    );
    let o = run_in(dir, &["check", "broken.yaml", "--format", "junit"]);
    assert_eq!(code(&o), 2);
    let out = stdout(&o);
    assert!(
        out.contains("<error message=\"the document is not YAML"),
        "{out}"
    );
    assert!(out.contains("type=\"INPUT_NOT_YAML\""), "{out}");
    assert!(
        out.contains("<testsuites name=\"clusterfit\" tests=\"1\" failures=\"0\" errors=\"1\">"),
        "{out}"
    );
}

#[test]
fn ignore_flag_and_discovered_config() {
    let bad = temp("bad.json", BAD);
    let dir = bad.parent().unwrap();
    let o = run_in(
        dir,
        &[
            "check",
            "bad.json",
            "--ignore",
            "invalid-type:/network",
            "--format",
            "json",
        ],
    );
    let report = json_out(&o);
    assert_eq!(code(&o), 0, "{report}");
    assert_eq!(report["suppressed"][0]["rule"], "invalid-type");
    assert_eq!(
        report["suppressed"][0]["reason"],
        "--ignore invalid-type:/network on the command line"
    );
    // A config file in a parent directory is found; --no-config skips it.
    let sub = dir.join("sub");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(sub.join("bad.json"), BAD).unwrap();
    std::fs::write(
        dir.join(".clusterfit.yaml"),
        "profile: domino\ndisable: [invalid-type]\n",
    )
    .unwrap();
    let report = json_out(&run_in(&sub, &["check", "bad.json", "--format", "json"]));
    assert_eq!(report["profile"], "domino");
    let report = json_out(&run_in(
        &sub,
        &["check", "bad.json", "--format", "json", "--no-config"],
    ));
    assert_eq!(report["profile"], "katonic");
    std::fs::write(dir.join(".clusterfit.yaml"), "profle: domino\n").unwrap();
    let o = run_in(&sub, &["check", "bad.json"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("OPTIONS_INVALID"), "{}", stderr(&o));
}

#[test]
fn text_output_escapes_control_characters() {
    let doc = "{\"provider\": \"aws\", \"kubernetes\": {\"version\": \"1.30\"}, \"col\\u001b[31mour\": 1}";
    let o = check(&temp("esc.json", doc), &[]);
    let out = stdout(&o);
    assert!(!out.contains('\x1b'), "{out}");
    assert!(out.contains("col\\u{1b}[31mour"), "{out}");
}

#[test]
fn plan_subnets_private_prefix() {
    let o = run(&[
        "plan-subnets",
        "10.0.0.0/20",
        "--zones",
        "3",
        "--private-prefix",
        "23",
        "--format",
        "json",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(json_out(&o)["subnets"][0]["cidr"], "10.0.0.0/23");
}

#[test]
fn junit_keeps_to_the_jenkins_schema_attributes() {
    let bad = temp("bad.json", BAD);
    let dir = bad.parent().unwrap();
    std::fs::write(dir.join("broken.json"), "{nope").unwrap();
    let o = run_in(
        dir,
        &["check", "bad.json", "broken.json", "--format", "junit"],
    );
    assert_eq!(code(&o), 2);
    let out = stdout(&o);
    // junit-10.xsd: `<testsuites>` has no `skipped`, `<testcase>` no `file`; `<testsuite>` may
    // carry both.
    let head = out.lines().find(|l| l.starts_with("<testsuites")).unwrap();
    assert!(!head.contains("skipped="), "{head}");
    assert!(out
        .lines()
        .filter(|l| l.trim_start().starts_with("<testcase"))
        .all(|l| !l.contains("file=")));
    assert!(out.contains("file=\"bad.json\""), "{out}");
    assert!(
        out.contains("<error message=") && out.contains("type=\"INPUT_NOT_JSON\""),
        "{out}"
    );
    assert_eq!(out.matches("<testsuite ").count(), 2);
}

#[test]
fn stderr_escapes_control_characters_too() {
    let o = run(&["check", "no\x1b[31mfile.json"]);
    assert_eq!(code(&o), 2);
    assert!(!stderr(&o).contains('\x1b'), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("no\\u{1b}[31mfile.json"),
        "{}",
        stderr(&o)
    );
}

/// What SARIF 2.1.0 requires of the objects clusterfit writes (the SARIF 2.1.0 standard, section 3): the log's
/// version and runs, the driver's name, every result's message and level, regions from 1, a
/// `uriBaseId` resolved by `originalUriBaseIds` whose URI ends with a slash, the invocation's
/// `executionSuccessful`, notifications with a message, suppressions with a known kind.
#[test]
fn sarif_keeps_to_the_2_1_0_object_model() {
    let bad = temp("bad.json", BAD);
    let dir = bad.parent().unwrap();
    std::fs::write(dir.join("broken.json"), "{nope").unwrap();
    let o = run_in(
        dir,
        &[
            "check",
            "bad.json",
            "broken.json",
            "--format",
            "sarif",
            "--ignore",
            "unknown-field",
        ],
    );
    assert_eq!(code(&o), 2);
    let log = json_out(&o);
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "clusterfit");
    for rule in run["tool"]["driver"]["rules"].as_array().unwrap() {
        assert!(rule["id"].is_string());
    }
    let bases = run["originalUriBaseIds"].as_object().unwrap();
    for base in bases.values() {
        let uri = base["uri"].as_str().unwrap();
        assert!(uri.starts_with("file:///") && uri.ends_with('/'), "{uri}");
    }
    let results = run["results"].as_array().unwrap();
    assert!(results.len() >= 2);
    for r in results {
        assert!(r["message"]["text"].is_string());
        assert!(["none", "note", "warning", "error"].contains(&r["level"].as_str().unwrap()));
        let loc = &r["locations"][0]["physicalLocation"];
        assert!(loc["region"]["startLine"].as_u64().unwrap() >= 1);
        assert!(loc["region"]["startColumn"].as_u64().unwrap() >= 1);
        let base = loc["artifactLocation"]["uriBaseId"].as_str().unwrap();
        assert!(bases.contains_key(base));
        assert_eq!(loc["artifactLocation"]["uri"], "bad.json");
        if let Some(s) = r.get("suppressions") {
            assert!(["inSource", "external"].contains(&s[0]["kind"].as_str().unwrap()));
        }
    }
    assert!(results.iter().any(|r| r.get("suppressions").is_some()));
    let invocation = &run["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let n = &invocation["toolExecutionNotifications"][0];
    assert_eq!(n["level"], "error");
    assert!(n["message"]["text"]
        .as_str()
        .unwrap()
        .starts_with("INPUT_NOT_JSON: "));
    assert_eq!(
        n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "broken.json"
    );
}

#[test]
fn import_prints_the_description_and_check_from_validates_it() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/import/eksctl");
    let file = dir.join("05-advanced-nodegroups.input.yaml");
    let file = file.to_str().unwrap();
    let text = std::fs::read_to_string(file).unwrap();
    let answer = clusterfit_bindings::describe("eksctl", &text, &serde_json::Value::Null).unwrap();
    // The description on stdout, exactly the importer's, and every note on stderr.
    let o = run(&["import", "eksctl", file]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let printed: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(printed, answer["description"]);
    let notes = answer["notes"].as_array().unwrap();
    assert!(!notes.is_empty());
    for n in notes {
        assert!(
            stderr(&o).contains(n["message"].as_str().unwrap()),
            "{}",
            stderr(&o)
        );
    }
    // YAML output reads back as the same description.
    let o = run(&["import", "eksctl", file, "--format", "yaml"]);
    let yaml = clusterfit_bindings::yaml_to_value(&stdout(&o)).unwrap();
    assert_eq!(yaml, answer["description"]);
    // --role overrides an inferred role, and the check sees it.
    let o = run(&["import", "eksctl", file, "--role", "ng1-public=platform"]);
    let printed: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(printed["nodePools"][0]["role"], "platform");
    // check --from: the notes first, then the report of the description.
    let report = clusterfit_bindings::validate(
        clusterfit_bindings::Doc::Value(&answer["description"]),
        &clusterfit_bindings::Options::default(),
    )
    .unwrap();
    let o = run(&["check", "--from", "eksctl", file, "--format", "json"]);
    assert_eq!(stdout(&o).trim(), report.to_json());
    assert_eq!(code(&o), if report.valid { 0 } else { 1 });
    assert!(stderr(&o).starts_with("note: "), "{}", stderr(&o));
    // An unknown kind is an options error; a malformed --role a usage error.
    assert_eq!(code(&run(&["import", "helm", file])), 2);
    let o = run(&["import", "eksctl", file, "--role", "platform"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("POOL=ROLE"), "{}", stderr(&o));
}
