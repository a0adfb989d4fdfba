"""`clusterfit.describe`: the importers (kubectl, eksctl, terraform) from Python."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import clusterfit

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import"


def test_eksctl_yaml_and_its_json_twin_give_the_same_answer() -> None:
    yaml_text = (FIXTURES / "eksctl" / "05-advanced-nodegroups.input.yaml").read_text()
    json_text = (FIXTURES / "eksctl" / "05-advanced-nodegroups.input.json").read_text()
    from_yaml = clusterfit.describe("eksctl", yaml_text)
    assert from_yaml == clusterfit.describe("eksctl", json_text)
    case = json.loads((FIXTURES / "eksctl" / "05-advanced-nodegroups.case.json").read_text())
    assert from_yaml == case["runs"][0]["expected"]


def test_roles_override_the_inferred_role() -> None:
    text = (FIXTURES / "kubectl" / "gke-nodelist.input.json").read_text()
    out = clusterfit.describe("kubectl", text, roles={"pool-1": "compute"})
    assert out["description"]["nodePools"][0]["role"] == "compute"
    assert all(n["path"] != "/nodePools/0/role" for n in out["notes"])


def test_errors_are_typed() -> None:
    with pytest.raises(clusterfit.InputError) as e:
        clusterfit.describe("terraform", '{"kind": "List"}')
    assert e.value.code == "INPUT_NOT_OBJECT"
    with pytest.raises(clusterfit.InputError) as e:
        clusterfit.describe("kubectl", "{")
    assert e.value.code == "INPUT_NOT_JSON"
    with pytest.raises(clusterfit.OptionsError):
        clusterfit.describe("helm", "{}")  # type: ignore[arg-type]
    with pytest.raises(clusterfit.OptionsError):
        clusterfit.describe("kubectl", "{}", roles={"a": "boss"})
