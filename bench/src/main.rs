//! clusterfit beside its Rust peers on the same documents (run by `make bench`):
//!
//! - clusterfit `validate_str` (parse included, default options; the full report),
//! - a bare `serde_json::Value` parse of the same text (the budget: validation ≤ 3× this),
//! - the `jsonschema` crate with the description's own JSON Schema (`core/src/schema/schema.json`,
//!   compiled once; per call: `serde_json` parse + `is_valid`, which stops at the first error).
//!
//! ```sh
//! cargo run --release --manifest-path bench/Cargo.toml -- DOC…
//! ```
//!
//! Each DOC is re-serialized compact before timing (as `core/examples/bench.rs` does). Prints a
//! Markdown table: document | what | clusterfit | peer | budget | met?. Times are medians of 31
//! rounds, each round a batch (5–10 ms) of every contender in turn, by the wall clock and by the
//! thread's CPU clock; budgets and ratios are judged on CPU time. Missing a budget is reported,
//! never an error.

use std::hint::black_box;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use cpu_time::ThreadTime;
use serde_json::Value;

/// Median µs per call, by the wall clock and by the thread's CPU clock (which leaves out the time
/// the thread waits for a core: on a shared machine the closer one to a quiet machine's wall time).
#[derive(Clone, Copy)]
struct Time {
    wall: f64,
    cpu: f64,
}

fn median(mut s: Vec<f64>) -> f64 {
    s.sort_by(f64::total_cmp);
    s.get(s.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Median µs per call of each function over 31 rounds. Each round runs a batch of every function
/// in turn (a batch lasts 5–10 ms), so a change of machine load during the run touches all of
/// them alike.
fn medians(fs: &mut [&mut dyn FnMut()]) -> Vec<Time> {
    let batches: Vec<u32> = fs
        .iter_mut()
        .map(|f| {
            // Warm up for 20 ms, then double the batch until it lasts 5 ms.
            let t = Instant::now();
            while t.elapsed().as_secs_f64() < 0.02 {
                f();
            }
            let mut batch = 1_u32;
            loop {
                let t = Instant::now();
                for _ in 0..batch {
                    f();
                }
                if t.elapsed().as_secs_f64() >= 0.005 || batch >= 1 << 20 {
                    return batch;
                }
                batch *= 2;
            }
        })
        .collect();
    let mut wall: Vec<Vec<f64>> = vec![Vec::new(); fs.len()];
    let mut cpu: Vec<Vec<f64>> = vec![Vec::new(); fs.len()];
    for _ in 0..31 {
        for (k, (f, &batch)) in fs.iter_mut().zip(&batches).enumerate() {
            let c0 = ThreadTime::now();
            let t = Instant::now();
            for _ in 0..batch {
                f();
            }
            let per_call = |d: std::time::Duration| d.as_secs_f64() * 1e6 / f64::from(batch);
            if let (Some(w), Some(c)) = (wall.get_mut(k), cpu.get_mut(k)) {
                w.push(per_call(t.elapsed()));
                c.push(per_call(c0.elapsed()));
            }
        }
    }
    wall.into_iter()
        .zip(cpu)
        .map(|(w, c)| Time {
            wall: median(w),
            cpu: median(c),
        })
        .collect()
}

fn us(x: f64) -> String {
    if x >= 1000.0 {
        format!("{:.2} ms", x / 1000.0)
    } else {
        format!("{x:.2} µs")
    }
}

fn cell(t: Time) -> String {
    format!("{} (CPU {})", us(t.wall), us(t.cpu))
}

fn met(ok: bool) -> &'static str {
    if ok {
        "met"
    } else {
        "**missed**"
    }
}

fn run() -> Result<(), String> {
    let docs: Vec<String> = std::env::args().skip(1).collect();
    if docs.is_empty() {
        return Err("usage: clusterfit-bench DOC…".into());
    }
    let schema_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/src/schema/schema.json"
    );
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(schema_path).map_err(|e| format!("{schema_path}: {e}"))?,
    )
    .map_err(|e| format!("{schema_path}: {e}"))?;
    let validator =
        jsonschema::validator_for(&schema).map_err(|e| format!("compiling schema.json: {e}"))?;
    let options = clusterfit::Options::default();

    println!("### Native (Rust)\n");
    println!("| document | what | clusterfit | peer | budget | met? |");
    println!("|---|---|---|---|---|---|");
    for path in &docs {
        let raw = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        let v: Value = serde_json::from_str(&raw).map_err(|e| format!("{path}: {e}"))?;
        let text = serde_json::to_string(&v).map_err(|e| e.to_string())?;
        let report =
            clusterfit::validate_str(&text, &options).map_err(|e| format!("{path}: {e:?}"))?;
        let schema_ok = validator.is_valid(&v);
        let name = Path::new(path)
            .file_name()
            .map_or(path.as_str(), |n| n.to_str().unwrap_or(path));
        let doc = format!(
            "`{name}` ({} B, {} finding{}; schema: {})",
            text.len(),
            report.findings.len(),
            if report.findings.len() == 1 { "" } else { "s" },
            if schema_ok { "valid" } else { "invalid" }
        );

        let times = medians(&mut [
            &mut || {
                black_box(clusterfit::validate_str(black_box(&text), &options).ok());
            },
            &mut || {
                black_box(serde_json::from_str::<Value>(black_box(&text)).ok());
            },
            &mut || {
                let v: Option<Value> = serde_json::from_str(black_box(&text)).ok();
                black_box(v.map(|v| validator.is_valid(&v)));
            },
        ]);
        let [validate, parse, jsonschema] = times[..] else {
            return Err("three timings expected".into());
        };
        // Budgets are judged on CPU time (see `Time`), ratios too.
        let two_kb = text.len() <= 4096;
        let ratio = validate.cpu / parse.cpu;
        let (budget, verdict) = if two_kb {
            (
                "≤ 5 µs (stretch 3 µs); ≤ 3× parse".to_string(),
                format!(
                    "{}; {} ({ratio:.2}×)",
                    met(validate.cpu <= 5.0),
                    met(ratio <= 3.0)
                ),
            )
        } else {
            (
                "≤ 3× parse".to_string(),
                format!("{} ({ratio:.2}×)", met(ratio <= 3.0)),
            )
        };
        println!(
            "| {doc} | `validate_str` vs bare `serde_json::Value` parse | {} | {} | {budget} | {verdict} |",
            cell(validate),
            cell(parse)
        );
        println!(
            "| {doc} | `validate_str` vs `jsonschema` (parse + `is_valid`) | {} | {} | — | {:.2}× the peer |",
            cell(validate),
            cell(jsonschema),
            validate.cpu / jsonschema.cpu
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("clusterfit-bench: {e}");
            ExitCode::FAILURE
        }
    }
}
