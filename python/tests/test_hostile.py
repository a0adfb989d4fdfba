"""Hostile host values: every one stops with a documented code, in bounded time and memory."""

from __future__ import annotations

import json
import time
from typing import Any, Dict, List

import pytest

import clusterfit
from clusterfit import ClusterfitError, InputError

BASE: Dict[str, Any] = {"provider": "aws", "kubernetes": {"version": "1.30"}}


def code_of(doc: Any) -> str:
    with pytest.raises(ClusterfitError) as e:
        clusterfit.validate(doc)
    return e.value.code


def test_a_dict_containing_itself_is_too_deep_at_once() -> None:
    d: Dict[str, Any] = dict(BASE)
    d["a"] = d
    d["b"] = d
    start = time.monotonic()
    assert code_of(d) == "INPUT_TOO_DEEP"
    assert time.monotonic() - start < 2


def test_shared_lists_expanding_to_ten_million_values_stop_at_the_budget() -> None:
    leaf: List[int] = [0] * 1000
    mid = [leaf] * 100
    doc = dict(BASE, x=[mid] * 100)
    start = time.monotonic()
    assert code_of(doc) == "INPUT_TOO_LARGE"
    assert time.monotonic() - start < 2


def test_the_size_is_the_exact_json_text_length() -> None:
    # Pad a document to exactly 1 MiB of compact JSON text, then one byte more.
    def padded(extra: int) -> Dict[str, Any]:
        doc = dict(BASE, pad="")
        size = len(json.dumps(doc, separators=(",", ":")).encode())
        doc["pad"] = "x" * (1024 * 1024 - size + extra)
        return doc

    exact = padded(0)
    text = json.dumps(exact, separators=(",", ":"))
    assert len(text.encode()) == 1024 * 1024
    for doc in (exact, text):
        report = clusterfit.validate(doc)
        assert [f.rule for f in report.findings] == ["unknown-field"]
    over = padded(1)
    assert code_of(over) == "INPUT_TOO_LARGE"
    assert code_of(json.dumps(over, separators=(",", ":"))) == "INPUT_TOO_LARGE"
    # Escapes and numbers count as their text: 240 KB of zeros is far below the limit.
    zeros = dict(BASE, z=[0] * 240_000)
    clusterfit.validate(zeros)
    quotes = dict(BASE, q='"' * 600_000)
    assert code_of(quotes) == "INPUT_TOO_LARGE"


def test_values_json_cannot_hold_are_input_errors() -> None:
    int_key: Dict[Any, Any] = dict(BASE)
    int_key[1] = "x"
    bads: List[Dict[str, Any]] = [
        dict(BASE, n=float("nan")),
        dict(BASE, n=float("inf")),
        dict(BASE, n=10**400),
        int_key,
        dict(BASE, s="\ud800"),
        {**BASE, "\udc00": 1},
        dict(BASE, s={1, 2}),
    ]
    for bad in bads:
        with pytest.raises(InputError) as e:
            clusterfit.validate(bad)
        assert e.value.code == "INPUT_NOT_JSON", bad.keys()
    with pytest.raises(InputError) as e:
        clusterfit.validate('{"provider": "\ud800"}')
    assert e.value.code == "INPUT_NOT_JSON"


def test_an_int_subclass_that_mutates_the_dict_runs_no_code() -> None:
    doc: Dict[str, Any] = dict(BASE)

    class Evil(int):
        def __float__(self) -> float:
            doc.clear()
            return 1.0

        def __index__(self) -> int:
            doc.clear()
            return 1

        def __repr__(self) -> str:
            doc.clear()
            return "1"

    doc["ntp"] = Evil(2**65)
    doc["a"] = Evil(3)
    report = clusterfit.validate(doc)
    assert len(doc) == 4
    assert [f.message for f in report.findings if f.path == "/ntp"] == [
        "`ntp` must be `true` or `false`, found number `36893488147419103232`"
    ]


def test_a_str_subclass_runs_no_code() -> None:
    """The size check reads `str`'s own length: a subclass's `__len__` never runs, as a key or as
    a value, and the report is the one of the plain strings."""
    doc: Dict[str, Any] = dict(BASE)
    calls: List[str] = []

    class Sly(str):
        def __len__(self) -> int:
            calls.append(str.__str__(self))
            doc.clear()
            return 0

    doc["provider"] = Sly("aws")
    doc[Sly("ntp")] = Sly("yes")
    report = clusterfit.validate(doc)
    assert calls == [] and len(doc) == 3
    assert report.to_json() == clusterfit.validate(dict(BASE, ntp="yes")).to_json()
    assert [(f.path, f.message) for f in report.findings if f.path == "/ntp"] == [
        ("/ntp", "`ntp` must be `true` or `false`, found string `yes`")
    ]


def test_whole_numbers_print_as_integers() -> None:
    for value, shown in ((9007199254740992.0, "9007199254740992"), (-0.0, "0"), (2**53, "9007199254740992")):
        report = clusterfit.validate(dict(BASE, ntp=value))
        assert report.findings[0].message == f"`ntp` must be `true` or `false`, found number `{shown}`"


def test_schema_version_as_float_is_one() -> None:
    assert clusterfit.validate(dict(BASE, schemaVersion=1.0)).valid
    assert clusterfit.validate(json.dumps(dict(BASE, schemaVersion=1.0))).valid


def test_twenty_thousand_panics_and_the_interpreter_survives() -> None:
    for _ in range(20_000):
        try:
            clusterfit._force_internal_error()
        except ClusterfitError as e:
            assert e.code == "INTERNAL"
    assert clusterfit.validate(BASE).valid
