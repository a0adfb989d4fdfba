"""The Python API: typed report objects, options, string vs dict input."""

from __future__ import annotations

import json
import threading
from typing import Any, Dict

import pytest

import clusterfit
from clusterfit import Finding, Report, Summary


def test_version_and_exports() -> None:
    assert isinstance(clusterfit.__version__, str) and clusterfit.__version__.count(".") == 2
    for name in clusterfit.__all__:
        assert hasattr(clusterfit, name), name
    assert Report.__module__ == "clusterfit"
    assert Finding.__module__ == "clusterfit"


def test_report_objects(missing_version: Dict[str, Any]) -> None:
    report = clusterfit.validate(missing_version)
    assert isinstance(report, Report)
    assert report.valid is False
    assert report.profile == "katonic"
    assert isinstance(report.summary, Summary)
    assert report.summary.errors >= 1
    assert isinstance(report.summary.warnings, int) and isinstance(report.summary.infos, int)
    assert report.summary.to_dict() == {
        "errors": report.summary.errors,
        "warnings": report.summary.warnings,
        "infos": report.summary.infos,
    }
    findings = report.findings
    assert isinstance(findings, list) and all(isinstance(f, Finding) for f in findings)
    f = next(f for f in findings if f.rule == "required-field")
    assert f.severity == "error"
    assert f.path == "/kubernetes/version"
    assert isinstance(f.message, str) and f.message
    assert f.hint is None or isinstance(f.hint, str)
    assert f == next(g for g in report.findings if g.rule == "required-field")
    assert isinstance(report.facts, dict)


def test_objects_are_frozen(minimal: Dict[str, Any]) -> None:
    report = clusterfit.validate(minimal)
    with pytest.raises(AttributeError):
        setattr(report, "valid", False)
    with pytest.raises(TypeError):
        Report()


def test_to_dict_is_the_json(typo: Dict[str, Any]) -> None:
    report = clusterfit.validate(typo)
    assert report.to_dict() == json.loads(report.to_json())
    assert list(report.to_dict()) == [
        "valid",
        "profile",
        "summary",
        "findings",
        "facts",
        "coverage",
        "suppressed",
    ]
    assert report.coverage == report.to_dict()["coverage"]
    assert report.coverage["ran"] > 0
    assert report.suppressed == []
    assert [f.to_dict() for f in report.findings] == report.to_dict()["findings"]
    assert report.facts == report.to_dict()["facts"]
    assert report.to_json() == report.to_json()  # the same string every time
    assert ": " not in report.to_json().split('"facts"')[0]  # compact, as the core prints it


def test_string_and_dict_give_identical_json(typo: Dict[str, Any], missing_version: Dict[str, Any]) -> None:
    for doc in (typo, missing_version, {"provider": "azure", "kubernetes": {"version": "1.29"},
                                        "nodePools": [{"name": "gpu", "role": "compute",
                                                       "cpu": 8.0, "memory": 32.5}]}):
        for options in (None, {"profile": "domino"}, {"strict": True, "failOn": "warning"}):
            a = clusterfit.validate(doc, options=options).to_json()
            b = clusterfit.validate(json.dumps(doc), options=options).to_json()
            assert a == b


def test_valid_report(minimal: Dict[str, Any]) -> None:
    report = clusterfit.validate(minimal)
    assert report.valid is True
    assert report.findings == []
    assert repr(report) == "<Report katonic: valid, no findings>"


def test_keywords_merge_over_options(typo: Dict[str, Any]) -> None:
    # the typo is a warning: valid by default, invalid with failOn=warning
    assert clusterfit.validate(typo).valid is True
    assert clusterfit.validate(typo, fail_on="warning").valid is False
    assert clusterfit.validate(typo, options={"failOn": "warning"}).valid is False
    assert clusterfit.validate(typo, options={"failOn": "warning"}, fail_on="error").valid is True
    assert clusterfit.validate(typo, profile="domino").profile == "domino"
    assert clusterfit.validate(typo, options={"profile": "domino"}, profile="katonic").profile == "katonic"
    assert clusterfit.validate(typo, disable=["unknown-field"]).findings == []
    assert clusterfit.validate(typo, disable=("unknown-field",)).findings == []
    assert clusterfit.validate(typo, severity={"unknown-field": "off"}).findings == []
    assert clusterfit.validate(typo, ignore=[{"rule": "unknown-field", "path": "/network"}]).findings == []
    ignored = clusterfit.validate(typo, ignore=[{"rule": "unknown-field", "reason": "legacy key"}])
    assert ignored.findings == []
    assert [s["reason"] for s in ignored.suppressed] == ["legacy key"]
    sev = clusterfit.validate(typo, severity={"unknown-field": "error"})
    assert sev.valid is False and sev.findings[0].severity == "error"
    strict = clusterfit.validate(typo, strict=True)
    # strict is the gate: the misspelled key becomes an error, so the description fails
    assert strict.valid is False
    assert [f.severity for f in strict.findings if f.rule == "unknown-field"] == ["error"]
    # None keywords are "not given"
    assert clusterfit.validate(typo, options=None, profile=None, strict=None).to_json() == \
        clusterfit.validate(typo).to_json()


def test_repr(typo: Dict[str, Any], missing_version: Dict[str, Any]) -> None:
    r = clusterfit.validate(missing_version)
    s = r.summary
    text = repr(r)
    assert text.startswith("<Report katonic: invalid, ") and text.endswith(">")
    assert f"{s.errors} error" in text
    assert repr(clusterfit.validate(typo)) == "<Report katonic: valid, 1 warning>"
    f = clusterfit.validate(typo).findings[0]
    assert repr(f).startswith("<Finding warning unknown-field at /network/vpcCdir: ")
    assert repr(s).startswith("Summary(errors=")


def test_repr_html_escapes(typo: Dict[str, Any]) -> None:
    doc = dict(typo)
    doc["network"] = {"<script>alert('x')</script>": "&"}
    r = clusterfit.validate(doc)
    html = r._repr_html_()
    assert "<table>" in html and "<th>severity</th>" in html and "<th>hint</th>" in html
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert html.count("<tr>") == 1 + len(r.findings)
    ok = clusterfit.validate({"provider": "aws", "kubernetes": {"version": "1.30"}})._repr_html_()
    assert "no findings" in ok and "<table>" not in ok


def test_helpers() -> None:
    rules = clusterfit.rules()
    assert isinstance(rules, list) and rules
    ids = {r["id"] for r in rules}
    assert {"vpc-cidr-size", "required-field"} <= ids
    profiles = clusterfit.profiles()
    assert {p["name"] for p in profiles} >= {"katonic", "domino"}
    schema = clusterfit.schema()
    assert isinstance(schema, dict) and schema.get("type") == "object"
    info = clusterfit.cidr_info("10.0.0.5/21")
    assert info["network"] == "10.0.0.0/21" and info["total"] == 2048 and info["hostBitsSet"] is True


def test_cidr_info_errors() -> None:
    with pytest.raises(clusterfit.OptionsError) as e:
        clusterfit.cidr_info("10.0.0.0/33")
    assert e.value.code == "OPTIONS_INVALID"
    with pytest.raises(TypeError):
        clusterfit.cidr_info(10)  # type: ignore[arg-type]


def test_plan_subnets_argument_handling() -> None:
    assert isinstance(clusterfit.plan_subnets("10.0.0.0/21", 3), dict)
    for bad in (-1, "3", 2.5, True, None):
        with pytest.raises(clusterfit.OptionsError) as err:
            clusterfit.plan_subnets("10.0.0.0/21", bad)  # type: ignore[arg-type]
        assert err.value.code == "OPTIONS_INVALID"
        assert "zones" in err.value.message
    with pytest.raises(clusterfit.OptionsError):
        clusterfit.plan_subnets("10.0.0.0/21", 3, private_prefix={1, 2})  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        clusterfit.plan_subnets(10, 2)  # type: ignore[arg-type]


def test_threads_share_the_module(minimal: Dict[str, Any]) -> None:
    expected = clusterfit.validate(minimal).to_json()
    results = []

    def work() -> None:
        for _ in range(200):
            results.append(clusterfit.validate(minimal).to_json())

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 800 and set(results) == {expected}


def test_validate_yaml_reads_yaml_1_2() -> None:
    yaml = "provider: aws\nkubernetes: {version: '1.30'}\nntp: false\n"
    doc = {"provider": "aws", "kubernetes": {"version": "1.30"}, "ntp": False}
    assert clusterfit.validate_yaml(yaml).to_json() == clusterfit.validate(doc).to_json()
    assert (clusterfit.validate_yaml(yaml, profile="domino").to_json()
            == clusterfit.validate(doc, profile="domino").to_json())
    report = clusterfit.validate_yaml(yaml.replace("ntp: false", "ntp: yes"))
    (f,) = [f for f in report.findings if f.path == "/ntp"]
    assert f.rule == "invalid-type" and f.hint is not None and f.hint.startswith("write `true`")


def test_validate_yaml_errors() -> None:
    with pytest.raises(clusterfit.InputError) as e:
        clusterfit.validate_yaml("a: [unclosed")
    assert e.value.code == "INPUT_NOT_YAML"
    lines = ['a: &a ["' + "x" * 40 + '"]']
    prev = "a"
    for i in range(1, 12):
        name = "b" * i
        lines.append(f"{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}]")
        prev = name
    with pytest.raises(clusterfit.InputError) as e:
        clusterfit.validate_yaml("\n".join(lines))
    assert e.value.code == "INPUT_TOO_LARGE"
