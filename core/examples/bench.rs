//! Native benchmark for the budget: `validate_str` on a ~2 KB description, parse included, against
//! a bare `serde_json` parse of the same text. Run: `cargo run --release -p clusterfit --example
//! bench [FILE]` (default: `core/examples/data/2kb.json`). Prints medians of 31 batches.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::hint::black_box;
use std::time::Instant;

fn median_ns(mut f: impl FnMut()) -> f64 {
    const BATCH: u32 = 2000;
    for _ in 0..BATCH {
        f();
    }
    let mut samples: Vec<f64> = (0..31)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..BATCH {
                f();
            }
            t.elapsed().as_nanos() as f64 / f64::from(BATCH)
        })
        .collect();
    samples.sort_by(|a, b| a.partial_cmp(b).unwrap());
    samples[samples.len() / 2]
}

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/2kb.json").to_string()
    });
    let raw = std::fs::read_to_string(&path).unwrap();
    let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
    let text = serde_json::to_string(&v).unwrap();
    let options = clusterfit::Options::default();
    let report = clusterfit::validate_str(&text, &options).unwrap();
    if let Ok(n) = std::env::var("CLUSTERFIT_PROFILE_RUNS") {
        // For `valgrind --tool=callgrind`: only one thing, n times. CLUSTERFIT_PROFILE picks it:
        // `validate` (default), `value` (bare serde_json::Value parse + drop), `to_json` (the
        // report's JSON text), `scan` (serde_json's scanner alone: `IgnoredAny`).
        let n = n.parse::<u32>().unwrap();
        match std::env::var("CLUSTERFIT_PROFILE").as_deref() {
            Ok("value") => (0..n).for_each(|_| {
                black_box(serde_json::from_str::<serde_json::Value>(black_box(&text)).unwrap());
            }),
            Ok("scan") => (0..n).for_each(|_| {
                black_box(serde_json::from_str::<serde::de::IgnoredAny>(black_box(&text)).unwrap());
            }),
            Ok("to_json") => (0..n).for_each(|_| {
                black_box(black_box(&report).to_json());
            }),
            _ => (0..n).for_each(|_| {
                black_box(clusterfit::validate_str(black_box(&text), &options).unwrap());
            }),
        }
        return;
    }
    let parse = median_ns(|| {
        black_box(serde_json::from_str::<serde_json::Value>(black_box(&text)).unwrap());
    });
    let scan = median_ns(|| {
        black_box(serde_json::from_str::<serde::de::IgnoredAny>(black_box(&text)).unwrap());
    });
    let validate = median_ns(|| {
        black_box(clusterfit::validate_str(black_box(&text), &options).unwrap());
    });
    let value = median_ns(|| {
        black_box(clusterfit::validate(black_box(&v), &options).unwrap());
    });
    let to_json = median_ns(|| {
        black_box(report.to_json());
    });
    println!(
        "document: {path} ({} bytes compact, {} findings)",
        text.len(),
        report.findings.len()
    );
    println!("serde_json parse only     : {:8.2} µs", parse / 1000.0);
    println!(
        "serde_json scan only      : {:8.2} µs   (IgnoredAny: the floor of any parse with serde_json)",
        scan / 1000.0
    );
    println!(
        "validate_str (parse incl.): {:8.2} µs   budget 5 µs (stretch 3 µs)",
        validate / 1000.0
    );
    println!("validate(&Value)          : {:8.2} µs", value / 1000.0);
    println!("report.to_json()          : {:8.2} µs", to_json / 1000.0);
    println!(
        "validate_str / parse      : {:8.2} ×    budget 3 ×",
        validate / parse
    );
}
