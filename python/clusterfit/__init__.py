"""clusterfit: does a Kubernetes cluster, described as JSON, meet the installation requirements
of an ML platform (Katonic, Domino)?

>>> import clusterfit
>>> report = clusterfit.validate({"provider": "aws", "kubernetes": {"version": "1.30"},
...                               "network": {"vpcCidr": "10.0.0.0/22"}})
>>> report.valid
False
>>> report.findings[0].rule
'vpc-cidr-size'

Every rule lives in the Rust core; this package is a thin pyo3 binding, and
`report.to_json()` is byte for byte what the CLI, WASM and Node bindings return.
"""

from __future__ import annotations

import os
from collections.abc import Sequence as _Sequence
from typing import TYPE_CHECKING, Any, Dict, Optional, Union

__all__ = [
    "CidrInfo",
    "ClusterfitError",
    "Described",
    "Finding",
    "ImportNote",
    "InputError",
    "Options",
    "OptionsError",
    "PlannedSubnet",
    "Profile",
    "Report",
    "RuleInfo",
    "SubnetPlan",
    "Summary",
    "__version__",
    "cidr_info",
    "describe",
    "plan_subnets",
    "profiles",
    "rules",
    "schema",
    "validate",
    "validate_file",
    "validate_yaml",
]


class ClusterfitError(Exception):
    """An error that stopped validation as a whole, with a stable `code`.

    `INTERNAL` (a bug in clusterfit, caught at the boundary) is raised as this class itself;
    input and options errors as the subclasses `InputError` and `OptionsError`.
    """

    code: str
    message: str

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class InputError(ClusterfitError, ValueError):
    """The document cannot be validated: `INPUT_NOT_JSON`, `INPUT_NOT_YAML`, `INPUT_NOT_OBJECT`,
    `INPUT_TOO_LARGE`, `INPUT_TOO_DEEP` or `INPUT_SCHEMA_VERSION`."""


class OptionsError(ClusterfitError, ValueError):
    """The options (or a helper's arguments) are malformed: `OPTIONS_INVALID`."""


# The native module raises the classes above, so it is imported after they exist.
from clusterfit._native import (  # noqa: E402
    Finding,
    Report,
    Summary,
    __version__,
    cidr_info,
    describe,
    plan_subnets,
    profiles,
    rules,
    schema,
    validate,
    validate_yaml,
)
from clusterfit._native import _force_internal_error as _force_internal_error  # noqa: E402
from clusterfit._types import (  # noqa: E402
    CidrInfo,
    Described,
    ImportNote,
    Options,
    PlannedSubnet,
    Profile,
    RuleInfo,
    SubnetPlan,
)


if TYPE_CHECKING:
    from clusterfit._types import FailOn, IgnoreEntry, ProfileArg, SeverityLevel

# A Finding is a named record like a named tuple (`_fields`, iteration, `len`, indexing); as a
# registered Sequence, `pandas.DataFrame(report.findings)` takes the columns from `_fields`.
_Sequence.register(Finding)



def validate_file(
    path: Union[str, "os.PathLike[str]"],
    *,
    options: Optional[Union[Options, Dict[str, Any]]] = None,
    profile: Optional[ProfileArg] = None,
    disable: Optional[_Sequence[str]] = None,
    ignore: Optional[_Sequence[IgnoreEntry]] = None,
    severity: Optional[Dict[str, SeverityLevel]] = None,
    fail_on: Optional[FailOn] = None,
    strict: Optional[bool] = None,
) -> Report:
    """Validates the cluster description in the file at `path` (a `str` or `os.PathLike`).

    `.yaml` and `.yml` files (any case) are read as YAML by clusterfit's own reader, the one the
    CLI uses (no PyYAML); `.json` files as JSON; any other name as the CLI decides: JSON when the
    text starts with `{` or `[`, else YAML. The text must be UTF-8 (a leading BOM is dropped). Options as for `validate`. A file that cannot be read raises `OSError`; a document
    that is not JSON/YAML raises `InputError`, as `validate` does.

    >>> report = clusterfit.validate_file(Path("cluster.yaml"))  # doctest: +SKIP
    """
    name = os.fspath(path)
    if not isinstance(name, str):
        raise TypeError(f"validate_file takes a str or os.PathLike[str] path, not {type(name).__name__}")
    with open(name, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(
            "INPUT_NOT_JSON", f"the document is not UTF-8 text (invalid byte at offset {e.start})"
        ) from None
    text = text.removeprefix("\ufeff")
    keywords: Dict[str, Any] = {
        "options": options,
        "profile": profile,
        "disable": disable,
        "ignore": ignore,
        "severity": severity,
        "fail_on": fail_on,
        "strict": strict,
    }
    lower = name.lower()
    if lower.endswith((".yaml", ".yml")):
        yaml = True
    elif lower.endswith(".json"):
        yaml = False
    else:
        yaml = not text.lstrip().startswith(("{", "["))
    if yaml:
        return validate_yaml(text, **keywords)
    return validate(text, **keywords)
