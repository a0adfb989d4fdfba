"""At home in Python: findings as hashable named records (sets, pandas), validate_file for JSON
and YAML paths, the notebook table sorted by severity with coverage."""

from __future__ import annotations

import collections.abc
import json
import os
import re
from pathlib import Path
from typing import Any, Dict, List, Union

import pytest

import clusterfit
from clusterfit import Finding, InputError

SMALL_VPC: Dict[str, Any] = {
    "provider": "aws",
    "kubernetes": {"version": "1.30"},
    "network": {"vpcCidr": "10.0.0.0/22"},
}
YAML_SMALL_VPC = """\
# the same document as SMALL_VPC
provider: aws
kubernetes:
  version: "1.30"
network:
  vpcCidr: 10.0.0.0/22
"""


# --- Finding: hashable, a named record ----------------------------------------------------------


def test_findings_are_hashable_and_diff_with_sets() -> None:
    before = clusterfit.validate(SMALL_VPC)
    fixed = dict(SMALL_VPC, network={"vpcCidr": "10.0.0.0/21"})
    after = clusterfit.validate(fixed)
    # Equal findings of two separate calls hash alike.
    again = clusterfit.validate(SMALL_VPC).findings
    assert set(again) == set(before.findings)
    assert {hash(f) for f in again} == {hash(f) for f in before.findings}
    gone = set(before.findings) - set(after.findings)
    assert [f.rule for f in gone] == ["vpc-cidr-size"]
    assert set(after.findings) - set(before.findings) == set()
    assert {f: f.rule for f in before.findings}  # usable as dict keys


def test_finding_is_a_named_record() -> None:
    f = next(f for f in clusterfit.validate(SMALL_VPC).findings if f.rule == "vpc-cidr-size")
    assert Finding._fields == ("rule", "severity", "path", "message", "hint")
    assert f._asdict() == {
        "rule": "vpc-cidr-size",
        "severity": "error",
        "path": "/network/vpcCidr",
        "message": f.message,
        "hint": f.hint,
    }
    assert list(f._asdict()) == list(Finding._fields)
    assert tuple(f) == (f.rule, f.severity, f.path, f.message, f.hint)
    assert len(f) == 5 and f[0] == "vpc-cidr-size" and f[-1] == f.hint and f[1:3] == ("error", "/network/vpcCidr")
    assert dict(zip(f._fields, f)) == f._asdict()
    assert f.index("error") == 1 and f.count("error") == 1
    rule, severity, *_ = f
    assert (rule, severity) == ("vpc-cidr-size", "error")
    match f:
        case Finding(rule, "error", path):
            assert (rule, path) == ("vpc-cidr-size", "/network/vpcCidr")
        case _:
            pytest.fail("positional match on a Finding")
    with pytest.raises(IndexError):
        f[5]


def test_asdict_has_every_field_where_to_dict_leaves_out_an_absent_hint() -> None:
    findings = clusterfit.validate(dict(SMALL_VPC, provider="amazon", extra=1)).findings
    assert any(f.hint is None for f in findings) and any(f.hint is not None for f in findings)
    for f in findings:
        assert list(f._asdict()) == list(Finding._fields)  # a fixed set of columns
        assert ("hint" in f.to_dict()) == (f.hint is not None)


def _pandas_like_columns(records: List[Any]) -> List[str]:
    """What pandas does with a list of records (pandas.core.internals.construction): a first item
    that is a registered Sequence with `_fields` is a named tuple, its `_fields` are the columns,
    and every item is turned into a tuple of values."""
    first = records[0]
    assert isinstance(first, collections.abc.Iterable) and not isinstance(first, (str, bytes, dict))
    assert isinstance(first, collections.abc.Sequence) and hasattr(first, "_fields")
    rows = [tuple(r) for r in records]
    assert all(len(r) == len(first._fields) for r in rows)
    return list(first._fields)


def test_the_protocol_pandas_uses() -> None:
    findings = clusterfit.validate(dict(SMALL_VPC, extra=1)).findings
    assert _pandas_like_columns(findings) == ["rule", "severity", "path", "message", "hint"]


def test_pandas_dataframe_has_one_column_per_field() -> None:
    pd = pytest.importorskip("pandas")
    report = clusterfit.validate(dict(SMALL_VPC, extra=1))
    frame = pd.DataFrame(report.findings)
    assert list(frame.columns) == ["rule", "severity", "path", "message", "hint"]
    assert frame.shape == (len(report.findings), 5)
    assert frame.equals(pd.DataFrame([f._asdict() for f in report.findings]))
    assert list(frame["rule"]) == [f.rule for f in report.findings]


# --- validate_file ------------------------------------------------------------------------------


class _PathLike:
    def __init__(self, path: str) -> None:
        self.path = path

    def __fspath__(self) -> str:
        return self.path


def test_validate_file_json_and_yaml_by_extension(tmp_path: Path) -> None:
    expected = clusterfit.validate(SMALL_VPC).to_json()
    (tmp_path / "cluster.json").write_text(json.dumps(SMALL_VPC), encoding="utf-8")
    (tmp_path / "cluster.yaml").write_text(YAML_SMALL_VPC, encoding="utf-8")
    (tmp_path / "CLUSTER.YML").write_text(YAML_SMALL_VPC, encoding="utf-8")
    paths: List[Union[str, "os.PathLike[str]"]] = [
        tmp_path / "cluster.json",
        str(tmp_path / "cluster.json"),
        tmp_path / "cluster.yaml",
        _PathLike(str(tmp_path / "cluster.yaml")),
        tmp_path / "CLUSTER.YML",
    ]
    for path in paths:
        assert clusterfit.validate_file(path).to_json() == expected, path


def test_validate_file_other_names_are_sniffed_like_the_cli(tmp_path: Path) -> None:
    expected = clusterfit.validate(SMALL_VPC).to_json()
    (tmp_path / "cluster.txt").write_text(" " + json.dumps(SMALL_VPC), encoding="utf-8")
    (tmp_path / "cluster").write_text(YAML_SMALL_VPC, encoding="utf-8")
    (tmp_path / "bom.json").write_text("\ufeff" + json.dumps(SMALL_VPC), encoding="utf-8")
    for name in ["cluster.txt", "cluster", "bom.json"]:
        assert clusterfit.validate_file(tmp_path / name).to_json() == expected, name


def test_validate_file_takes_the_options(tmp_path: Path) -> None:
    path = tmp_path / "cluster.yaml"
    path.write_text(YAML_SMALL_VPC, encoding="utf-8")
    assert clusterfit.validate_file(path, strict=True).to_json() == clusterfit.validate(SMALL_VPC, strict=True).to_json()
    assert (
        clusterfit.validate_file(path, options={"disable": ["vpc-cidr-size"]}, profile="domino").to_json()
        == clusterfit.validate(SMALL_VPC, options={"disable": ["vpc-cidr-size"]}, profile="domino").to_json()
    )
    with pytest.raises(clusterfit.OptionsError):
        clusterfit.validate_file(path, fail_on="never")  # type: ignore[arg-type]


def test_validate_file_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        clusterfit.validate_file(tmp_path / "missing.yaml")
    with pytest.raises(TypeError):
        clusterfit.validate_file(os.fsencode(str(tmp_path / "x.json")))  # type: ignore[arg-type]
    (tmp_path / "bad.yaml").write_text("provider: [aws\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        clusterfit.validate_file(tmp_path / "bad.yaml")
    assert e.value.code == "INPUT_NOT_YAML"
    (tmp_path / "list.yaml").write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        clusterfit.validate_file(tmp_path / "list.yaml")
    assert e.value.code == "INPUT_NOT_OBJECT"
    (tmp_path / "latin1.json").write_bytes(b'{"provider": "\xe9"}')
    with pytest.raises(InputError) as e:
        clusterfit.validate_file(tmp_path / "latin1.json")
    assert e.value.code == "INPUT_NOT_JSON" and "offset 14" in e.value.message


# --- the notebook table -------------------------------------------------------------------------


def test_repr_html_sorts_errors_warnings_infos_and_shows_coverage() -> None:
    doc = {
        "provider": "aws",
        "kubernetes": {"version": "1.30"},
        "availabilityZones": ["us-east1-b"],  # a GCP zone name on aws: provider-mismatch (warning)
        "network": {"vpcCidr": "10.0.0.0/22", "vpcCdir": "x"},  # vpc-cidr-size (error), unknown-field
    }
    report = clusterfit.validate(doc, severity={"unknown-field": "info"})
    severities = [f.severity for f in report.findings]
    assert {"error", "warning", "info"} <= set(severities)
    rank = {"error": 0, "warning": 1, "info": 2}
    assert severities != sorted(severities, key=rank.__getitem__), "report order is not already sorted"
    html = report._repr_html_()
    shown = re.findall(r'<tr><td style="color:#[0-9a-f]{6}">(\w+)</td><td><code>([^<]+)</code>', html)
    assert [s for s, _ in shown] == sorted(severities, key=rank.__getitem__)
    # Report order within one severity.
    for sev in rank:
        assert [r for s, r in shown if s == sev] == [f.rule for f in report.findings if f.severity == sev]
    cov = report.coverage
    assert f"{cov['ran']} rules ran, {len(cov['lackingData'])} lacked data" in html
    for rule in cov["lackingData"]:
        assert f"<code>{rule}</code>" in html
    ok = clusterfit.validate({"provider": "aws", "kubernetes": {"version": "1.30"}}, disable=["vpc-cidr-size"])
    assert "rules ran" in ok._repr_html_()


# --- the release extension module is stripped ---------------------------------------------------


def _elf_section_names(path: Path) -> List[str]:
    """Section names of a 64-bit little-endian ELF file (the header table and `.shstrtab`)."""
    import struct

    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1, "a 64-bit little-endian ELF"
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)

    def header(i: int) -> tuple[int, int]:
        name, _type, _flags, _addr, offset, _size = struct.unpack_from("<IIQQQQ", data, shoff + i * shentsize)
        return name, offset

    _, strtab = header(shstrndx)
    names = []
    for i in range(shnum):
        name, _ = header(i)
        end = data.index(b"\0", strtab + name)
        names.append(data[strtab + name : end].decode())
    return names


def test_the_extension_module_is_stripped() -> None:
    module = Path(clusterfit._native.__file__)
    if not module.name.endswith(".so") or os.uname().sysname != "Linux":
        pytest.skip("checks the Linux ELF build")
    names = _elf_section_names(module)
    assert ".text" in names and ".dynsym" in names
    assert ".symtab" not in names and not [n for n in names if n.startswith(".debug")], names


# --- the examples of docs/python.md -------------------------------------------------------------


def test_docs_examples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import doctest

    docs = Path(__file__).resolve().parents[2] / "docs" / "python.md"
    text = docs.read_text(encoding="utf-8")
    start = text.index("### In notebooks, scripts and data frames")
    # Code fences end an example's expected output.
    section = re.sub(r"^```.*$", "", text[start : text.index("\n### ", start + 1)], flags=re.M)
    monkeypatch.chdir(tmp_path)
    parser = doctest.DocTestParser()
    test = parser.get_doctest(section, {}, "docs/python.md", str(docs), 0)
    assert len(test.examples) >= 10
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    result = runner.run(test)
    assert result.failed == 0
