"""Types of clusterfit's JSON API (options, findings, helper answers), for type checkers."""

from __future__ import annotations

from typing import Any, Dict, List, Literal, TypedDict, Union

__all__ = [
    "CidrInfo",
    "FailOn",
    "FindingDict",
    "IgnoreEntry",
    "Options",
    "ProfileArg",
    "ReportDict",
    "SeverityLevel",
    "SeverityName",
    "SummaryDict",
]

#: The severity of a finding.
SeverityName = Literal["error", "warning", "info"]
#: A per-rule severity override (`off` silences the rule).
SeverityLevel = Literal["error", "warning", "info", "off"]
#: What makes `valid` false.
FailOn = Literal["error", "warning"]
#: A built-in profile name (`katonic`, `domino`) or a custom profile object (SPEC §6).
ProfileArg = Union[str, Dict[str, Any]]


class IgnoreEntry(TypedDict):
    """Suppress `rule` at `path` and below."""

    rule: str
    path: str


class Options(TypedDict, total=False):
    """The options object of SPEC §3 (camelCase keys, as in every binding)."""

    profile: ProfileArg
    disable: List[str]
    ignore: List[IgnoreEntry]
    severity: Dict[str, SeverityLevel]
    failOn: FailOn
    strict: bool


class _FindingFields(TypedDict):
    rule: str
    severity: SeverityName
    path: str
    message: str


class FindingDict(_FindingFields, total=False):
    """A finding as `Finding.to_dict()` gives it; `hint` only when the rule has one."""

    hint: str


class SummaryDict(TypedDict):
    errors: int
    warnings: int
    infos: int


class ReportDict(TypedDict):
    valid: bool
    profile: str
    summary: SummaryDict
    findings: List[FindingDict]
    facts: Dict[str, Any]


class CidrInfo(TypedDict):
    """The answer of `cidr_info`."""

    cidr: str
    network: str
    prefix: int
    netmask: str
    first: str
    last: str
    total: int
    usable: int
    usableCloud: int
    hostBitsSet: bool
