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

__all__ = [
    "CidrInfo",
    "ClusterfitError",
    "Finding",
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
    "plan_subnets",
    "profiles",
    "rules",
    "schema",
    "validate",
    "validate_yaml",
]


class ClusterfitError(Exception):
    """An error that stopped validation as a whole, with a stable `code` (SPEC §8).

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
    Options,
    PlannedSubnet,
    Profile,
    RuleInfo,
    SubnetPlan,
)
