//! `plan_subnets`: every plan it makes passes every network and zones rule of its
//! profile, for many VPC sizes, zone counts, providers and profiles; impossible plans are
//! `OPTIONS_INVALID` errors with clear messages.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use clusterfit::{plan_subnets, Area, ErrorCode, Options, PlanOptions};
use serde_json::{json, Value};

fn plan_options(v: Value) -> PlanOptions {
    PlanOptions::from_value(&v).unwrap()
}

/// A full document built from a plan, validated with the plan's profile; the network and zones
/// findings it gets.
fn network_findings(plan: &Value, provider: &str, profile: &Value) -> Vec<String> {
    let mut network = plan["network"].clone();
    network["cni"] = json!("aws-vpc-cni");
    network["maxPodsPerNode"] = json!(58);
    network["networkPolicy"] = json!("calico");
    let zones = plan["availabilityZones"].as_array().unwrap().len();
    let doc = json!({
        "provider": provider,
        "kubernetes": {"version": "1.30"},
        "availabilityZones": plan["availabilityZones"],
        "network": network,
        "nodePools": [
            {"name": "platform", "role": "platform", "minNodes": zones, "maxNodes": zones},
            {"name": "compute", "role": "compute", "minNodes": zones, "maxNodes": 2 * zones}
        ]
    });
    let options = Options::from_value(&json!({"profile": profile})).unwrap();
    let report = clusterfit::validate(&doc, &options).unwrap();
    report
        .findings
        .iter()
        .filter(|f| {
            let area = clusterfit::rule(f.rule).unwrap().area;
            matches!(area, Area::Network | Area::Zones | Area::Input)
        })
        .map(|f| format!("{} {} {}", f.rule, f.path, f.message))
        .collect()
}

#[test]
fn every_plan_passes_the_network_and_zones_rules() {
    let any_zones =
        json!({"extends": "katonic", "name": "any-zones", "zones": {"allowedCounts": []}});
    let profiles = [json!("katonic"), json!("domino"), any_zones];
    let mut plans = 0;
    let mut refused = 0;
    for profile in &profiles {
        for provider in ["aws", "azure", "gcp", "onprem"] {
            for base in ["10.0.0.0", "172.16.0.0", "192.168.0.0"] {
                for prefix in 14..=26u8 {
                    for zones in 1..=6u32 {
                        let vpc = format!("{base}/{prefix}");
                        let opts = plan_options(json!({"profile": profile, "provider": provider}));
                        let result = plan_subnets(&vpc, zones, &opts);
                        let expect_ok = expected_ok(profile, provider, prefix, zones);
                        match result {
                            Ok(plan) => {
                                assert!(
                                    expect_ok,
                                    "{vpc} × {zones} ({provider}, {profile}): planned {plan:?}"
                                );
                                let plan = serde_json::to_value(&plan).unwrap();
                                let found = network_findings(&plan, provider, profile);
                                assert!(
                                    found.is_empty(),
                                    "{vpc} × {zones} ({provider}, {profile}): {found:#?}\n{plan:#}"
                                );
                                plans += 1;
                            }
                            Err(e) => {
                                assert!(!expect_ok, "{vpc} × {zones} ({provider}, {profile}): {e}");
                                assert_eq!(e.code, ErrorCode::OptionsInvalid);
                                refused += 1;
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(
        plans > 500 && refused > 500,
        "{plans} plans, {refused} refused"
    );
}

/// Whether a plan is possible, worked out from the rules rather than from the planner.
fn expected_ok(profile: &Value, provider: &str, prefix: u8, zones: u32) -> bool {
    let builtin = profile.is_string();
    if builtin && ![1, 3].contains(&zones) {
        return false;
    }
    if profile != "domino" && prefix > 21 {
        return false;
    }
    if provider == "aws" && prefix < 16 {
        return false;
    }
    let need = u64::from(zones.max(2)) * 256 + 16;
    need <= 1u64 << (32 - prefix)
}

#[test]
fn a_21_with_three_zones() {
    let plan = plan_subnets("10.0.0.0/21", 3, &PlanOptions::default()).unwrap();
    let v = serde_json::to_value(&plan).unwrap();
    assert_eq!(
        v,
        json!({
            "vpc": "10.0.0.0/21",
            "provider": "aws",
            "profile": "katonic",
            "availabilityZones": ["zone-a", "zone-b", "zone-c"],
            "subnets": [
                {"name": "private-zone-a", "type": "private", "cidr": "10.0.0.0/24", "zone": "zone-a", "addresses": 256, "usable": 251},
                {"name": "private-zone-b", "type": "private", "cidr": "10.0.1.0/24", "zone": "zone-b", "addresses": 256, "usable": 251},
                {"name": "private-zone-c", "type": "private", "cidr": "10.0.2.0/24", "zone": "zone-c", "addresses": 256, "usable": 251},
                {"name": "public-zone-a", "type": "public", "cidr": "10.0.7.240/28", "zone": "zone-a", "addresses": 16, "usable": 11}
            ],
            "free": ["10.0.3.0/24", "10.0.4.0/23", "10.0.6.0/24", "10.0.7.0/25", "10.0.7.128/26",
                     "10.0.7.192/27", "10.0.7.224/28"],
            "network": {
                "vpcCidr": "10.0.0.0/21",
                "subnets": [
                    {"name": "private-zone-a", "cidr": "10.0.0.0/24", "type": "private", "zone": "zone-a",
                     "tags": {"kubernetes.io/role/internal-elb": "1"}},
                    {"name": "private-zone-b", "cidr": "10.0.1.0/24", "type": "private", "zone": "zone-b",
                     "tags": {"kubernetes.io/role/internal-elb": "1"}},
                    {"name": "private-zone-c", "cidr": "10.0.2.0/24", "type": "private", "zone": "zone-c",
                     "tags": {"kubernetes.io/role/internal-elb": "1"}},
                    {"name": "public-zone-a", "cidr": "10.0.7.240/28", "type": "public", "zone": "zone-a",
                     "tags": {"kubernetes.io/role/elb": "1"}}
                ]
            }
        })
    );
}

#[test]
fn one_zone_still_gets_two_private_subnets_in_two_zones() {
    let opts = plan_options(json!({"zoneNames": ["us-east-1a", "us-east-1b"]}));
    let plan = plan_subnets("10.1.0.0/16", 1, &opts).unwrap();
    assert_eq!(plan.availability_zones, ["us-east-1a"]);
    let zones: Vec<&str> = plan.subnets.iter().map(|s| s.zone.as_str()).collect();
    assert_eq!(zones, ["us-east-1a", "us-east-1b", "us-east-1a"]);
    assert_eq!(plan.subnets[2].cidr, "10.1.255.240/28");
    assert_eq!(plan.free.first().unwrap(), "10.1.2.0/23");
}

#[test]
fn host_bits_are_cleared_and_non_aws_has_no_tags() {
    let opts = plan_options(json!({"provider": "azure", "profile": "domino"}));
    let plan = plan_subnets("10.0.0.5/22", 3, &opts).unwrap();
    assert_eq!(plan.vpc, "10.0.0.0/22");
    assert!(plan.network["subnets"][0].get("tags").is_none());
    assert_eq!(
        plan.free,
        [
            "10.0.3.0/25",
            "10.0.3.128/26",
            "10.0.3.192/27",
            "10.0.3.224/28"
        ]
    );
}

#[test]
fn private_prefix_and_pod_space() {
    let opts = plan_options(json!({"privatePrefix": 22}));
    let plan = plan_subnets("10.0.0.0/16", 3, &opts).unwrap();
    assert_eq!(plan.subnets[1].cidr, "10.0.4.0/22");
    // a profile that needs a /20 of pod space grows two private subnets to /21
    let big = json!({"extends": "katonic", "network": {"podAddressMaxPrefix": 20}});
    let plan = plan_subnets("10.0.0.0/16", 1, &plan_options(json!({"profile": big}))).unwrap();
    assert_eq!(plan.subnets[0].cidr, "10.0.0.0/21");
    assert_eq!(plan.subnets[1].cidr, "10.0.8.0/21");
}

#[test]
fn impossible_plans_say_why() {
    let err = |vpc: &str, zones: u32, opts: Value| {
        let e = plan_subnets(vpc, zones, &plan_options(opts)).unwrap_err();
        assert_eq!(e.code, ErrorCode::OptionsInvalid);
        e.message
    };
    assert_eq!(
        err("10.0.0.0/22", 3, json!({})),
        "VPC `10.0.0.0/22` is smaller than /21: 1024 addresses, the katonic profile needs 2048"
    );
    assert_eq!(
        err("10.0.0.0/15", 3, json!({})),
        "VPC `10.0.0.0/15` is larger than /16, the largest block AWS allows"
    );
    assert_eq!(
        err("10.0.0.0/23", 1, json!({"profile": "domino"})),
        "VPC `10.0.0.0/23` has no room for 2 private /24 subnets and a public /28: 528 addresses \
         needed, 512 in the VPC"
    );
    assert_eq!(
        err("10.0.0.0/21", 2, json!({})),
        "the katonic profile allows 1 or 3 zones, not 2"
    );
    assert_eq!(
        err("10.0.0.0/21", 0, json!({})),
        "`zones` must be at least 1"
    );
    assert_eq!(
        err(
            "10.0.0.0/16",
            7,
            json!({"profile": {"extends": "katonic", "zones": {"allowedCounts": []}}})
        ),
        "`zones` is 7: plans cover at most 6 zones"
    );
    assert_eq!(
        err("10.0.0.0/33", 3, json!({})),
        "`10.0.0.0/33` is not an IPv4 CIDR such as `10.0.0.0/21`"
    );
    assert_eq!(
        err("fd00::/48", 3, json!({})),
        "`fd00::/48` is an IPv6 CIDR: plans need an IPv4 VPC block such as `10.0.0.0/21`"
    );
    assert_eq!(
        err("10.0.0.0/21", 1, json!({"zoneNames": ["us-east-1a"]})),
        "`zoneNames` has 1 names, 2 needed: a 1-zone plan still puts private subnets in 2 zones, \
         as EKS needs"
    );
    assert_eq!(
        err("10.0.0.0/21", 3, json!({"zoneNames": ["a", "b", "a"]})),
        "`zoneNames` names `a` twice: each private subnet needs its own zone"
    );
    assert_eq!(
        err("10.0.0.0/21", 3, json!({"privatePrefix": 25})),
        "`privatePrefix` /25 is smaller than the /24 private subnets the katonic profile needs"
    );
    assert_eq!(
        err("10.0.0.0/21", 3, json!({"profile": "nope"})),
        "unknown profile `nope`: expected `katonic`, `domino`, `dataiku` or a profile object"
    );
}

#[test]
fn plan_options_are_checked() {
    for (v, msg) in [
        (
            json!({"zoneName": ["a"]}),
            "unknown plan option `zoneName` (did you mean `zoneNames`?)",
        ),
        (
            json!({"zones": 3}),
            "unknown plan option `zones`: expected `profile`, `provider`",
        ),
        (
            json!({"provider": "ibm"}),
            "`provider` must be one of `aws`, `azure`, `gcp`, `onprem`",
        ),
        (
            json!({"privatePrefix": 40}),
            "`privatePrefix` must be a prefix length from 1 to 30",
        ),
        (
            json!({"zoneNames": "a"}),
            "`zoneNames` must be a list of strings",
        ),
        (json!([]), "plan options must be an object"),
    ] {
        let e = PlanOptions::from_value(&v).unwrap_err();
        assert_eq!(e.code, ErrorCode::OptionsInvalid);
        assert!(e.message.starts_with(msg), "{}", e.message);
    }
    assert_eq!(
        PlanOptions::from_value(&Value::Null).unwrap(),
        PlanOptions::default()
    );
    assert_eq!(
        PlanOptions::from_value(&json!({"provider": null})).unwrap(),
        PlanOptions::default()
    );
}
