"""Exceptions: classes, codes, messages; the interpreter survives an internal error."""

from __future__ import annotations

import json
import math
import pickle
from typing import Any, Dict

import pytest

import clusterfit
from clusterfit import ClusterfitError, InputError, OptionsError


def test_class_hierarchy() -> None:
    assert issubclass(ClusterfitError, Exception)
    assert issubclass(InputError, ClusterfitError) and issubclass(InputError, ValueError)
    assert issubclass(OptionsError, ClusterfitError) and issubclass(OptionsError, ValueError)
    assert not issubclass(ClusterfitError, ValueError)


@pytest.mark.parametrize(
    "doc, code",
    [
        ("{not json", "INPUT_NOT_JSON"),
        ("", "INPUT_NOT_JSON"),
        ("5", "INPUT_NOT_OBJECT"),
        (5, "INPUT_NOT_OBJECT"),
        ([1, 2], "INPUT_NOT_OBJECT"),
        ("[]", "INPUT_NOT_OBJECT"),
        ({"schemaVersion": 2}, "INPUT_SCHEMA_VERSION"),
        ("[" * 100 + "]" * 100, "INPUT_TOO_DEEP"),
        ("x" * (1024 * 1024 + 1), "INPUT_TOO_LARGE"),
    ],
)
def test_input_errors(doc: Any, code: str) -> None:
    with pytest.raises(InputError) as e:
        clusterfit.validate(doc)
    assert e.value.code == code
    assert isinstance(e.value.message, str) and e.value.message
    assert str(e.value) == f"{code}: {e.value.message}"
    assert isinstance(e.value, ValueError)


def test_number_instead_of_object_text_and_value_agree() -> None:
    with pytest.raises(InputError) as a:
        clusterfit.validate(42)  # type: ignore[arg-type]
    with pytest.raises(InputError) as b:
        clusterfit.validate("42")
    assert (a.value.code, a.value.message) == (b.value.code, b.value.message)


def deep(n: int) -> Dict[str, Any]:
    d: Dict[str, Any] = {}
    for _ in range(n - 1):
        d = {"a": d}
    return d


def test_too_deep_dict_matches_text() -> None:
    doc = deep(70)
    with pytest.raises(InputError) as a:
        clusterfit.validate(doc)
    with pytest.raises(InputError) as b:
        clusterfit.validate(json.dumps(doc))
    assert a.value.code == b.value.code == "INPUT_TOO_DEEP"
    assert a.value.message == b.value.message
    clusterfit.validate(deep(64))  # exactly at the limit: fine


def test_self_referencing_dict() -> None:
    d: Dict[str, Any] = {"provider": "aws"}
    d["me"] = d
    with pytest.raises(InputError) as e:
        clusterfit.validate(d)
    assert e.value.code == "INPUT_TOO_DEEP"


@pytest.mark.parametrize(
    "value, says",
    [
        ({1, 2}, "`set`"),
        (b"bytes", "`bytes`"),
        (math.nan, "`nan`"),
        (math.inf, "`inf`"),
        (object(), "`object`"),
    ],
)
def test_non_json_values(value: Any, says: str) -> None:
    with pytest.raises(InputError) as e:
        clusterfit.validate({"provider": "aws", "nodePools": [{"labels": {"a/b": value}}]})
    assert e.value.code == "INPUT_NOT_JSON"
    assert says in e.value.message
    assert "`/nodePools/0/labels/a~1b`" in e.value.message


def test_non_string_key() -> None:
    with pytest.raises(InputError) as e:
        clusterfit.validate({"provider": "aws", "tags": {1: "x"}})
    assert e.value.code == "INPUT_NOT_JSON"
    assert "key" in e.value.message and "`/tags`" in e.value.message


def test_big_int_is_a_float_like_in_json_text() -> None:
    doc = {"provider": "aws", "kubernetes": {"version": "1.30"}, "nodePools": [
        {"name": "a", "role": "compute", "cpu": 10**30}]}
    assert clusterfit.validate(doc).to_json() == clusterfit.validate(json.dumps(doc)).to_json()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"profile": "nope"},
        {"disable": ["no-such-rule"]},
        {"severity": {"vpc-cidr-size": "fatal"}},
        {"severity": {"no-such-rule": "off"}},
        {"fail_on": "sometimes"},
        {"strict": "yes"},
        {"options": {"failOn": 3}},
        {"options": [1, 2]},
        {"options": {"profile": {1, 2}}},
        {"disable": "vpc-cidr-size"},
    ],
)
def test_options_errors(kwargs: Dict[str, Any]) -> None:
    with pytest.raises(OptionsError) as e:
        clusterfit.validate({"provider": "aws"}, **kwargs)
    assert e.value.code == "OPTIONS_INVALID"
    assert isinstance(e.value, ValueError)


def test_unknown_profile_message() -> None:
    with pytest.raises(OptionsError) as e:
        clusterfit.validate("{}", profile="nope")
    assert "`nope`" in e.value.message


def test_forced_internal_error_and_the_interpreter_survives() -> None:
    for _ in range(3):
        with pytest.raises(ClusterfitError) as e:
            clusterfit._force_internal_error()
        assert type(e.value) is ClusterfitError
        assert e.value.code == "INTERNAL"
        assert "forced internal error" in e.value.message
    report = clusterfit.validate({"provider": "aws", "kubernetes": {"version": "1.30"}})
    assert report.valid is True


def test_errors_pickle() -> None:
    with pytest.raises(OptionsError) as e:
        clusterfit.validate("{}", profile="nope")
    again = pickle.loads(pickle.dumps(e.value))
    assert type(again) is OptionsError
    assert (again.code, again.message) == (e.value.code, e.value.message)
