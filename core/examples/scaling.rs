//! Scaling benchmark: does the cost of `validate_str` grow linearly with the document?
//!
//! Builds documents in memory at about 2 KB, 20 KB, 200 KB and just under 1 MiB (compact JSON)
//! for several shapes, each stressing one list (see [`SHAPES`]), times `validate_str` on each
//! (median wall time of several runs) and prints shape, size, time and ns per byte, plus the
//! marginal cost per byte from 20 KB to 200 KB and from 200 KB to 1 MiB.
//!
//! ```sh
//! cargo run --release -p clusterfit --example scaling                # the table
//! cargo run --release -p clusterfit --example scaling -- --check     # exit 1 over budget
//! cargo run --release -p clusterfit --example scaling -- --write DIR # also write the documents
//! cargo run --release -p clusterfit --example scaling -- --shape subnets --max-bytes 300000
//! cargo run --release -p clusterfit --example scaling -- --run FILE  # validate FILE once
//! cargo run --release -p clusterfit --example scaling -- --report FILE  # print its report
//! ```
//!
//! `--check` (for `make bench`, not for tests: wall time on a shared machine is noisy) fails
//! when, for any shape, the marginal cost per byte from 200 KB to 1 MiB is more than 1.5× the
//! one from 20 KB to 200 KB, or when any 1 MiB document takes more than 50 ms.
//! `--run FILE` is for `valgrind --tool=callgrind --toggle-collect='*validate_and_drop*'`
//! (see `scaling-callgrind.sh`): it validates FILE once inside `validate_and_drop`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use serde_json::{json, Map, Value};
use std::hint::black_box;
use std::time::Instant;

/// Target sizes: label and largest compact size in bytes.
const SIZES: [(&str, usize); 4] = [
    ("2k", 2_048),
    ("20k", 20_480),
    ("200k", 204_800),
    ("1m", 1_048_576 - 1),
];

/// Per-byte slope from 200 KB to 1 MiB may be at most this many times the 20 KB → 200 KB one.
const SLOPE_RATIO: f64 = 1.5;
/// A 1 MiB document must validate within this many milliseconds.
const MAX_MS_1M: f64 = 50.0;

type Build = fn(usize) -> Value;

/// Every shape: name, what it stresses, and its builder (`n` grows the document).
const SHAPES: [(&str, &str, Build); 7] = [
    (
        "generic",
        "realistic mix, every list grows (subnets, pools, classes, SANs, peers, logins)",
        generic,
    ),
    (
        "poolszones",
        "n pools × n zones, each pool misses one zone the others use",
        pools_zones,
    ),
    (
        "subnets",
        "identical, nested and disjoint subnets, most of them overlapping",
        subnets,
    ),
    (
        "classes",
        "many storage classes, known and unknown",
        classes,
    ),
    (
        "findings",
        "many pools that break most node rules (several findings each)",
        findings,
    ),
    (
        "labels",
        "a few pools, subnets and classes with many labels, tags and parameters",
        labels,
    ),
    (
        "dupnames",
        "many duplicate pool and class names, duplicate zones",
        dupnames,
    ),
];

fn base(provider: &str) -> Map<String, Value> {
    let Value::Object(m) = json!({
        "provider": provider,
        "kubernetes": {"version": "1.30", "containerRuntime": "containerd"},
    }) else {
        unreachable!()
    };
    m
}

const ZONES3: [&str; 3] = ["us-east-1a", "us-east-1b", "us-east-1c"];

fn generic(n: usize) -> Value {
    let mut d = base("aws");
    d.insert("name".into(), json!("acme-ml-prod"));
    d.insert("availabilityZones".into(), json!(ZONES3));
    let subnets: Vec<Value> = (0..n.max(4))
        .map(|i| {
            let public = i % 4 == 3;
            json!({
                "name": format!("subnet-{i}"),
                "cidr": format!("10.{}.{}.0/24", i / 256, i % 256),
                "type": if public { "public" } else { "private" },
                "zone": ZONES3[i % 3],
                "tags": if public {
                    json!({"kubernetes.io/role/elb": "1"})
                } else {
                    json!({"kubernetes.io/role/internal-elb": "1"})
                },
            })
        })
        .collect();
    d.insert(
        "network".into(),
        json!({
            "vpcCidr": "10.0.0.0/8",
            "subnets": subnets,
            "dnsSupport": true,
            "dnsHostnames": true,
            "cni": "aws-vpc-cni",
            "networkPolicy": "calico",
            "serviceCidr": "172.20.0.0/16",
            "maxPodsPerNode": 29,
            "peeredCidrs": (0..n).map(|i| format!("192.168.{}.0/24", i % 256)).collect::<Vec<_>>(),
        }),
    );
    let roles = ["platform", "compute", "deployment", "gpu", "compute"];
    let pools: Vec<Value> = (0..n.max(3))
        .map(|i| {
            let role = roles[i % roles.len()];
            json!({
                "name": format!("pool-{i}"),
                "role": role,
                "instanceType": if role == "gpu" { "p3.2xlarge" } else { "m5.2xlarge" },
                "bootDisk": 128,
                "additionalDisk": 100,
                "minNodes": 3,
                "maxNodes": 6,
                "zones": ZONES3,
                "labels": {"team": format!("t{}", i % 7), "dominodatalab.com/node-pool": "default"},
            })
        })
        .collect();
    d.insert("nodePools".into(), json!(pools));
    let provisioners = ["ebs.csi.aws.com", "efs.csi.aws.com", "example.com/custom"];
    let classes: Vec<Value> = (0..n.max(2))
        .map(|i| {
            json!({
                "apiVersion": "storage.k8s.io/v1",
                "kind": "StorageClass",
                "metadata": {"name": format!("sc-{i}")},
                "provisioner": provisioners[i % 3],
                "parameters": {"type": "gp3"},
                "volumeBindingMode": if i == 1 { "Immediate" } else { "WaitForFirstConsumer" },
            })
        })
        .collect();
    d.insert(
        "storage".into(),
        json!({"blockClass": "sc-0", "sharedClass": "sc-1"}),
    );
    d.insert("storageClasses".into(), json!(classes));
    d.insert(
        "objectStorage".into(),
        json!({"backups": {"type": "s3", "bucket": "acme-ml-backups"}}),
    );
    let mut sans: Vec<String> = vec!["*.acme-corp.com".into()];
    sans.extend((0..n).map(|i| format!("host{i}.acme-corp.com")));
    d.insert(
        "ingress".into(),
        json!({
            "fqdn": "ml.acme-corp.com",
            "existingInstalls": (0..n).map(|i| format!("ds{i}.acme-corp.com")).collect::<Vec<_>>(),
            "tls": {"certificateSans": sans},
            "loadBalancer": {
                "tlsTermination": true,
                "listeners": [{"port": 80, "targetPort": 80}, {"port": 443, "targetPort": 80}],
                "websockets": true,
                "xForwardedProto": true,
                "healthCheck": {"protocol": "HTTP", "port": 80, "path": "/healthz"},
            },
        }),
    );
    d.insert("addons".into(), json!({"superset": true}));
    d.insert("ntp".into(), json!(true));
    d.insert(
        "namespaces".into(),
        json!({
            "mode": "per-user",
            "template": "dss-ns-${dssUserLogin}",
            "sampleLogins": (0..n)
                .map(|i| if i % 10 == 9 { format!("User.{i}") } else { format!("user{i}") })
                .collect::<Vec<_>>(),
        }),
    );
    Value::Object(d)
}

fn pools_zones(n: usize) -> Value {
    let k = n.max(2);
    let zones: Vec<String> = (0..k).map(|i| format!("zone-{i}")).collect();
    let mut d = base("onprem");
    d.insert("availabilityZones".into(), json!(zones));
    let pools: Vec<Value> = (0..k)
        .map(|i| {
            let own: Vec<&String> = zones
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, z)| z)
                .collect();
            json!({"name": format!("p{i}"), "role": "compute", "zones": own})
        })
        .collect();
    d.insert("nodePools".into(), json!(pools));
    Value::Object(d)
}

fn subnets(n: usize) -> Value {
    let mut d = base("aws");
    d.insert("availabilityZones".into(), json!(ZONES3));
    let subnets: Vec<Value> = (0..n.max(2))
        .map(|i| {
            let cidr = match i % 4 {
                0 => "10.0.0.0/24".to_string(),
                1 => format!("10.0.{}.0/24", (i / 4) % 256),
                2 => "10.0.0.0/16".to_string(),
                _ => format!("10.1.{}.{}/28", (i / 64) % 256, 16 * ((i / 4) % 16)),
            };
            json!({"name": format!("s{i}"), "cidr": cidr, "type": "private", "zone": ZONES3[i % 3]})
        })
        .collect();
    d.insert(
        "network".into(),
        json!({"vpcCidr": "10.0.0.0/15", "cni": "calico", "subnets": subnets}),
    );
    Value::Object(d)
}

fn classes(n: usize) -> Value {
    let mut d = base("aws");
    let provisioners = [
        "ebs.csi.aws.com",
        "efs.csi.aws.com",
        "kubernetes.io/aws-ebs",
        "example.com/custom",
        "nfs.csi.k8s.io",
    ];
    let k = n.max(2);
    let classes: Vec<Value> = (0..k)
        .map(|i| {
            json!({
                "metadata": {"name": format!("sc-{i}")},
                "provisioner": provisioners[i % provisioners.len()],
                "parameters": {"type": if i % 2 == 0 { "gp3" } else { "st1" }},
                "volumeBindingMode": "WaitForFirstConsumer",
                "reclaimPolicy": "Delete",
            })
        })
        .collect();
    d.insert(
        "storage".into(),
        json!({"blockClass": format!("sc-{}", k - 2), "sharedClass": format!("sc-{}", k - 1)}),
    );
    d.insert("storageClasses".into(), json!(classes));
    Value::Object(d)
}

fn findings(n: usize) -> Value {
    let mut d = base("aws");
    d.insert("availabilityZones".into(), json!(ZONES3));
    let pools: Vec<Value> = (0..n.max(1))
        .map(|i| {
            json!({
                "role": if i % 2 == 0 { "compute" } else { "platform" },
                "cpu": 1,
                "memory": "1Gi",
                "bootDisk": 10,
                "additionalDisk": 1,
                "minNodes": 1,
                "maxNodes": 200,
                "os": "windows",
                "zones": ["nowhere"],
                "labels": {"Bad Key": "x"},
                "bogus": i,
            })
        })
        .collect();
    d.insert("nodePools".into(), json!(pools));
    Value::Object(d)
}

fn labels(n: usize) -> Value {
    let mut d = base("aws");
    d.insert("availabilityZones".into(), json!(ZONES3));
    let per = n.max(1);
    let map = |prefix: &str| -> Value {
        let m: Map<String, Value> = (0..per)
            .map(|i| {
                if i % 7 == 6 {
                    (format!("{prefix}Key_{i}!"), json!(format!("Value {i}")))
                } else {
                    (format!("example.com/{prefix}-{i}"), json!(format!("v{i}")))
                }
            })
            .collect();
        Value::Object(m)
    };
    let pools: Vec<Value> = ["platform", "compute", "gpu"]
        .iter()
        .map(|role| {
            json!({"name": role, "role": role, "instanceType": "m5.2xlarge", "zones": ZONES3,
                   "labels": map(role)})
        })
        .collect();
    d.insert("nodePools".into(), json!(pools));
    let subnets: Vec<Value> = (0..3)
        .map(|i| {
            json!({"name": format!("s{i}"), "cidr": format!("10.0.{i}.0/24"), "type": "private",
                   "zone": ZONES3[i], "tags": map("tag")})
        })
        .collect();
    d.insert(
        "network".into(),
        json!({"vpcCidr": "10.0.0.0/16", "subnets": subnets}),
    );
    let classes: Vec<Value> = ["kfs", "kfs-shared"]
        .iter()
        .zip(["ebs.csi.aws.com", "efs.csi.aws.com"])
        .map(|(name, p)| {
            json!({"metadata": {"name": name}, "provisioner": p, "parameters": map("param")})
        })
        .collect();
    d.insert("storageClasses".into(), json!(classes));
    Value::Object(d)
}

fn dupnames(n: usize) -> Value {
    let mut d = base("aws");
    let k = n.max(2);
    let distinct = k / 2 + 1;
    let zones: Vec<&str> = (0..k).map(|i| ZONES3[i % 3]).collect();
    d.insert("availabilityZones".into(), json!(zones));
    let pools: Vec<Value> = (0..k)
        .map(|i| {
            let z = ZONES3[i % 3];
            json!({"name": format!("pool-{}", i % distinct), "role": "compute",
                   "minNodes": 1, "maxNodes": 3, "zones": [z, z, ZONES3[(i + 1) % 3]]})
        })
        .collect();
    d.insert("nodePools".into(), json!(pools));
    let classes: Vec<Value> = (0..k)
        .map(|i| {
            json!({"metadata": {"name": format!("sc-{}", i % distinct)},
                   "provisioner": "ebs.csi.aws.com"})
        })
        .collect();
    d.insert("storageClasses".into(), json!(classes));
    Value::Object(d)
}

fn compact(v: &Value) -> String {
    serde_json::to_string(v).unwrap()
}

/// The largest document of `build` whose compact text fits in `max` bytes (the smallest one when
/// even that does not fit).
fn sized(build: Build, max: usize) -> (usize, String) {
    let fits = |n: usize| {
        let t = compact(&build(n));
        (t.len() <= max).then_some(t)
    };
    let Some(mut best) = fits(1) else {
        return (1, compact(&build(1)));
    };
    let (mut lo, mut hi) = (1usize, 2usize);
    while let Some(t) = fits(hi) {
        best = t;
        lo = hi;
        hi *= 2;
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        match fits(mid) {
            Some(t) => {
                best = t;
                lo = mid;
            }
            None => hi = mid,
        }
    }
    (lo, best)
}

#[inline(never)]
fn validate_and_drop(text: &str, options: &clusterfit::Options) -> usize {
    match clusterfit::validate_str(black_box(text), options) {
        Ok(report) => black_box(report).findings.len(),
        Err(e) => panic!("{e}"),
    }
}

/// Median wall time of one call in ns, and the number of findings.
fn time(text: &str, options: &clusterfit::Options) -> (f64, usize) {
    let t = Instant::now();
    let findings = validate_and_drop(text, options);
    let first = t.elapsed().as_nanos() as f64;
    // Batches of at least ~5 ms, 7 of them; a single call when one call already takes 1 s.
    if first > 1e9 {
        return (first, findings);
    }
    let batch = ((5e6 / first.max(1.0)).ceil() as usize).clamp(1, 100_000);
    let runs = if first > 1e8 { 3 } else { 7 };
    let mut samples: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..batch {
                black_box(validate_and_drop(text, options));
            }
            t.elapsed().as_nanos() as f64 / batch as f64
        })
        .collect();
    samples.sort_by(|a, b| a.partial_cmp(b).unwrap());
    (samples[samples.len() / 2], findings)
}

struct Args {
    check: bool,
    write: Option<String>,
    shapes: Vec<String>,
    max_bytes: usize,
}

fn args() -> Args {
    let mut a = Args {
        check: false,
        write: None,
        shapes: Vec::new(),
        max_bytes: usize::MAX,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--check" => a.check = true,
            "--write" => a.write = Some(it.next().expect("--write DIR")),
            "--shape" => a.shapes.push(it.next().expect("--shape NAME")),
            "--max-bytes" => {
                a.max_bytes = it
                    .next()
                    .and_then(|s| s.parse().ok())
                    .expect("--max-bytes N")
            }
            "--run" => {
                let path = it.next().expect("--run FILE");
                let text = std::fs::read_to_string(&path).unwrap();
                let options = clusterfit::Options::default();
                // A first call outside `validate_and_drop` pays the one-time set-up (profiles).
                black_box(clusterfit::validate_str("{}", &options).ok());
                let n = validate_and_drop(&text, &options);
                println!("{path}: {} bytes, {n} findings", text.len());
                std::process::exit(0);
            }
            "--report" => {
                let path = it.next().expect("--report FILE");
                let text = std::fs::read_to_string(&path).unwrap();
                let options = clusterfit::Options::default();
                match clusterfit::validate_str(&text, &options) {
                    Ok(report) => println!("{}", report.to_json()),
                    Err(e) => println!("{}", e.to_json_value()),
                }
                std::process::exit(0);
            }
            other => {
                eprintln!(
                    "usage: scaling [--check] [--write DIR] [--shape NAME]… [--max-bytes N] | \
                     --run FILE | --report FILE (unknown argument `{other}`)"
                );
                std::process::exit(2);
            }
        }
    }
    a
}

fn main() {
    let args = args();
    let options = clusterfit::Options::default();
    if let Some(dir) = &args.write {
        std::fs::create_dir_all(dir).unwrap();
    }
    let mut failures: Vec<String> = Vec::new();
    println!(
        "| shape | size | bytes | findings | time | ns/byte | marginal ns/byte (from previous size) |"
    );
    println!("|---|---|---|---|---|---|---|");
    for (shape, _, build) in SHAPES {
        if !args.shapes.is_empty() && !args.shapes.iter().any(|s| s == shape) {
            continue;
        }
        let mut points: Vec<(usize, f64)> = Vec::new();
        for (label, max) in SIZES {
            let (_, text) = sized(build, max);
            if let Some(dir) = &args.write {
                std::fs::write(format!("{dir}/{shape}-{label}.json"), &text).unwrap();
            }
            if text.len() > args.max_bytes {
                println!("| {shape} | {label} | {} | | skipped | | |", text.len());
                continue;
            }
            let (ns, findings) = time(&text, &options);
            let marginal = points
                .last()
                .map(|&(b, t)| format!("{:.1}", (ns - t) / (text.len() - b) as f64))
                .unwrap_or_default();
            println!(
                "| {shape} | {label} | {} | {findings} | {} | {:.1} | {marginal} |",
                text.len(),
                human(ns),
                ns / text.len() as f64,
            );
            points.push((text.len(), ns));
        }
        if let [_, (b20, t20), (b200, t200), (b1m, t1m)] = points[..] {
            let slope_mid = (t200 - t20) / (b200 - b20) as f64;
            let slope_top = (t1m - t200) / (b1m - b200) as f64;
            if slope_top > SLOPE_RATIO * slope_mid {
                failures.push(format!(
                    "{shape}: {slope_top:.1} ns/byte from 200 KB to 1 MiB, more than \
                     {SLOPE_RATIO}× the {slope_mid:.1} ns/byte from 20 KB to 200 KB"
                ));
            }
            if t1m > MAX_MS_1M * 1e6 {
                failures.push(format!(
                    "{shape}: 1 MiB document takes {}, more than {MAX_MS_1M} ms",
                    human(t1m)
                ));
            }
        }
    }
    if args.check {
        if failures.is_empty() {
            println!("\nscaling check: every shape within budget");
        } else {
            println!("\nscaling check failed:");
            for f in &failures {
                println!("- {f}");
            }
            std::process::exit(1);
        }
    }
}

fn human(ns: f64) -> String {
    if ns >= 1e9 {
        format!("{:.2} s", ns / 1e9)
    } else if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else {
        format!("{:.1} µs", ns / 1e3)
    }
}
