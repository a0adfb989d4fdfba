"""Stubs of `clusterfit._native` (the pyo3 extension module). Import `clusterfit` instead."""

from typing import Any, ClassVar, Dict, Iterator, List, NoReturn, Optional, Sequence, Tuple, Union, final, overload

from clusterfit._types import (
    CidrInfo,
    CoverageDict,
    Described,
    FailOn,
    FindingDict,
    IgnoreEntry,
    ImportKind,
    Options,
    Profile,
    ProfileArg,
    ProviderName,
    ReportDict,
    RuleInfo,
    SeverityLevel,
    SeverityName,
    SubnetPlan,
    SummaryDict,
    SuppressedDict,
)

__all__ = [
    "Finding",
    "Report",
    "Summary",
    "__version__",
    "_force_internal_error",
    "cidr_info",
    "describe",
    "plan_subnets",
    "profiles",
    "rules",
    "run_cli",
    "schema",
    "validate",
    "validate_yaml",
]

__version__: str

@final
class Summary:
    """Counts of findings by severity."""

    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def errors(self) -> int: ...
    @property
    def warnings(self) -> int: ...
    @property
    def infos(self) -> int: ...
    def to_dict(self) -> SummaryDict: ...

@final
class Finding:
    """One problem found in the description: a frozen, hashable record that behaves like a named
    tuple (`_fields`, `_asdict()`, iteration, `len`, indexing; registered as a
    `collections.abc.Sequence`), so `set(report.findings)` diffs two reports and
    `pandas.DataFrame(report.findings)` has one column per field."""

    _fields: ClassVar[Tuple[str, str, str, str, str]]
    __match_args__: ClassVar[Tuple[str, str, str, str, str]]
    def __hash__(self) -> int: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Optional[str]]: ...
    @overload
    def __getitem__(self, key: int, /) -> Optional[str]: ...
    @overload
    def __getitem__(self, key: slice, /) -> Tuple[Optional[str], ...]: ...
    def count(self, value: object) -> int: ...
    def index(self, value: object) -> int: ...
    def _asdict(self) -> Dict[str, Optional[str]]: ...
    @property
    def rule(self) -> str: ...
    @property
    def severity(self) -> SeverityName: ...
    @property
    def path(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def hint(self) -> Optional[str]: ...
    def to_dict(self) -> FindingDict: ...

@final
class Report:
    """The answer of `validate`."""

    @property
    def valid(self) -> bool: ...
    @property
    def profile(self) -> str: ...
    @property
    def summary(self) -> Summary: ...
    @property
    def findings(self) -> List[Finding]: ...
    @property
    def facts(self) -> Dict[str, Any]: ...
    @property
    def coverage(self) -> CoverageDict: ...
    @property
    def suppressed(self) -> List[SuppressedDict]: ...
    def to_dict(self) -> ReportDict: ...
    def to_json(self) -> str: ...
    def _repr_html_(self) -> str: ...

def validate(
    doc: Union[str, Dict[str, Any]],
    *,
    options: Optional[Union[Options, Dict[str, Any]]] = None,
    profile: Optional[ProfileArg] = None,
    disable: Optional[Sequence[str]] = None,
    ignore: Optional[Sequence[IgnoreEntry]] = None,
    severity: Optional[Dict[str, SeverityLevel]] = None,
    fail_on: Optional[FailOn] = None,
    strict: Optional[bool] = None,
) -> Report: ...
def validate_yaml(
    text: str,
    *,
    options: Optional[Union[Options, Dict[str, Any]]] = None,
    profile: Optional[ProfileArg] = None,
    disable: Optional[Sequence[str]] = None,
    ignore: Optional[Sequence[IgnoreEntry]] = None,
    severity: Optional[Dict[str, SeverityLevel]] = None,
    fail_on: Optional[FailOn] = None,
    strict: Optional[bool] = None,
) -> Report: ...
def rules() -> List[RuleInfo]: ...
def profiles() -> List[Profile]: ...
def schema() -> Dict[str, Any]: ...
def cidr_info(cidr: str) -> CidrInfo: ...
def plan_subnets(
    vpc: str,
    zones: int,
    *,
    profile: Optional[ProfileArg] = None,
    provider: Optional[ProviderName] = None,
    zone_names: Optional[Sequence[str]] = None,
    private_prefix: Optional[int] = None,
) -> SubnetPlan:
    """A subnet plan for `zones` zones inside `vpc` that passes the profile's network rules.

    Options as keywords (snake_case; `None` means the default): `profile` (name or custom
    profile dict, default katonic), `provider` (default aws), `zone_names` (one per private
    subnet, at least 2), `private_prefix` (default the profile's, 24). Raises `OptionsError`
    (`OPTIONS_INVALID`) when no plan fits.
    """
def describe(
    kind: ImportKind, text: str, *, roles: Optional[Dict[str, str]] = None
) -> Described: ...
def _force_internal_error() -> NoReturn: ...
def run_cli(argv: list[str]) -> int: ...
