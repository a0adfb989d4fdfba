"""`plan_subnets`: the exact plan of a /21 over 3 zones, snake_case options, errors."""

from __future__ import annotations

import json
from typing import List

import pytest

import clusterfit
from clusterfit import PlannedSubnet, SubnetPlan

PRIVATE_TAG = {"kubernetes.io/role/internal-elb": "1"}
PUBLIC_TAG = {"kubernetes.io/role/elb": "1"}


def test_a_21_over_three_zones() -> None:
    plan: SubnetPlan = clusterfit.plan_subnets("10.0.0.0/21", 3)
    assert plan["vpc"] == "10.0.0.0/21"
    assert plan["provider"] == "aws"
    assert plan["profile"] == "katonic"
    assert plan["availabilityZones"] == ["zone-a", "zone-b", "zone-c"]
    expected: List[PlannedSubnet] = [
        {"name": "private-zone-a", "type": "private", "cidr": "10.0.0.0/24", "zone": "zone-a",
         "addresses": 256, "usable": 251},
        {"name": "private-zone-b", "type": "private", "cidr": "10.0.1.0/24", "zone": "zone-b",
         "addresses": 256, "usable": 251},
        {"name": "private-zone-c", "type": "private", "cidr": "10.0.2.0/24", "zone": "zone-c",
         "addresses": 256, "usable": 251},
        {"name": "public-zone-a", "type": "public", "cidr": "10.0.7.240/28", "zone": "zone-a",
         "addresses": 16, "usable": 11},
    ]
    assert plan["subnets"] == expected
    assert plan["free"] == ["10.0.3.0/24", "10.0.4.0/23", "10.0.6.0/24", "10.0.7.0/25",
                            "10.0.7.128/26", "10.0.7.192/27", "10.0.7.224/28"]
    assert plan["network"] == {
        "vpcCidr": "10.0.0.0/21",
        "subnets": [
            {"name": "private-zone-a", "cidr": "10.0.0.0/24", "type": "private", "zone": "zone-a",
             "tags": PRIVATE_TAG},
            {"name": "private-zone-b", "cidr": "10.0.1.0/24", "type": "private", "zone": "zone-b",
             "tags": PRIVATE_TAG},
            {"name": "private-zone-c", "cidr": "10.0.2.0/24", "type": "private", "zone": "zone-c",
             "tags": PRIVATE_TAG},
            {"name": "public-zone-a", "cidr": "10.0.7.240/28", "type": "public", "zone": "zone-a",
             "tags": PUBLIC_TAG},
        ],
    }
    # None means the default, as in the JSON API.
    assert clusterfit.plan_subnets("10.0.0.0/21", 3, profile=None, zone_names=None) == plan


def test_snake_case_options_are_honoured() -> None:
    zones = ["us-east-1a", "us-east-1b", "us-east-1c"]
    plan = clusterfit.plan_subnets("10.0.0.0/21", 3, zone_names=zones, provider="aws")
    assert plan["availabilityZones"] == zones
    assert [(s["name"], s["cidr"], s["zone"]) for s in plan["subnets"]] == [
        ("private-us-east-1a", "10.0.0.0/24", "us-east-1a"),
        ("private-us-east-1b", "10.0.1.0/24", "us-east-1b"),
        ("private-us-east-1c", "10.0.2.0/24", "us-east-1c"),
        ("public-us-east-1a", "10.0.7.240/28", "us-east-1a"),
    ]
    # a tuple is a sequence of names too
    assert clusterfit.plan_subnets("10.0.0.0/21", 3, zone_names=tuple(zones)) == plan

    gcp = clusterfit.plan_subnets("10.1.0.0/16", 3, provider="gcp", profile="domino")
    assert (gcp["provider"], gcp["profile"]) == ("gcp", "domino")
    assert [s["usable"] for s in gcp["subnets"]] == [252, 252, 252, 12]
    assert all("tags" not in s for s in gcp["network"]["subnets"])

    wide = clusterfit.plan_subnets("10.1.0.0/16", 3, private_prefix=22)
    assert [s["cidr"] for s in wide["subnets"]] == ["10.1.0.0/22", "10.1.4.0/22", "10.1.8.0/22",
                                                    "10.1.255.240/28"]

    custom = clusterfit.plan_subnets("10.0.0.0/22", 3, profile={"extends": "katonic", "name": "small",
                                                               "network": {"vpcMaxPrefix": 22}})
    assert custom["profile"] == "small"


def test_a_plan_passes_validation() -> None:
    plan = clusterfit.plan_subnets("10.0.0.0/21", 3, zone_names=["a1", "b1", "c1"])
    doc = {"provider": plan["provider"], "kubernetes": {"version": "1.30"},
           "availabilityZones": plan["availabilityZones"], "network": plan["network"]}
    report = clusterfit.validate(doc)
    assert [f.to_dict() for f in report.findings if f.path.startswith("/network")] == []


def test_errors_are_options_errors() -> None:
    with pytest.raises(clusterfit.OptionsError) as e:
        clusterfit.plan_subnets("10.0.0.0/22", 3)
    assert e.value.code == "OPTIONS_INVALID"
    assert e.value.message == (
        "VPC `10.0.0.0/22` is smaller than /21: 1024 addresses, the katonic profile needs 2048"
    )
    assert isinstance(e.value, ValueError)
    with pytest.raises(clusterfit.OptionsError, match="allows 1 or 3 zones, not 2"):
        clusterfit.plan_subnets("10.0.0.0/21", 2)
    with pytest.raises(clusterfit.OptionsError, match="`zoneNames` has 2 names, 3 needed"):
        clusterfit.plan_subnets("10.0.0.0/21", 3, zone_names=["a", "b"])
    with pytest.raises(clusterfit.OptionsError, match="`provider` must be one of"):
        clusterfit.plan_subnets("10.0.0.0/21", 3, provider="ibm")  # type: ignore[arg-type]
    with pytest.raises(clusterfit.OptionsError, match="did you mean `zoneNames`"):
        clusterfit.plan_subnets("10.0.0.0/21", 3, zone_namez=["a"])  # type: ignore[call-arg]


def test_json_is_the_same_as_every_binding() -> None:
    # The compact JSON of a plan is the core's serialisation (keys sorted, as serde_json writes a
    # value): tests/conformance/plan-subnets.mjs compares it with the CLI, Node and WASM.
    plan = clusterfit.plan_subnets("10.0.0.0/21", 3)
    text = json.dumps(plan, separators=(",", ":"), ensure_ascii=False)
    assert text.startswith('{"availabilityZones":["zone-a","zone-b","zone-c"],"free":["10.0.3.0/24"')


def _keys_match(value: object, typed: type, where: str) -> None:
    assert isinstance(value, dict), where
    required = set(getattr(typed, "__required_keys__"))
    optional = set(getattr(typed, "__optional_keys__"))
    keys = set(value)
    assert required <= keys, f"{where}: missing {sorted(required - keys)}"
    assert keys <= required | optional, f"{where}: undeclared {sorted(keys - required - optional)}"


def test_typed_dicts_match_real_output() -> None:
    from clusterfit import _types as t

    for plan in (clusterfit.plan_subnets("10.0.0.0/21", 3),
                 clusterfit.plan_subnets("10.1.0.0/16", 1, provider="onprem", profile="domino")):
        _keys_match(plan, t.SubnetPlan, "SubnetPlan")
        _keys_match(plan["network"], t.PlanNetwork, "PlanNetwork")
        for s in plan["subnets"]:
            _keys_match(s, t.PlannedSubnet, "PlannedSubnet")
        for n in plan["network"]["subnets"]:
            _keys_match(n, t.NetworkSubnet, "NetworkSubnet")
    _keys_match(clusterfit.cidr_info("10.0.0.5/21"), t.CidrInfo, "CidrInfo")
    for r in clusterfit.rules():
        _keys_match(r, t.RuleInfo, f"RuleInfo {r['id']}")
        _keys_match(r["example"], t.RuleExample, "RuleExample")
    for p in clusterfit.profiles():
        _keys_match(p, t.Profile, f"Profile {p['name']}")
