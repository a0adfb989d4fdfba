"""Types of clusterfit's JSON API (options, findings, helper answers), for type checkers."""

from __future__ import annotations

from typing import Any, Dict, List, Literal, TypedDict, Union

__all__ = [
    "CidrInfo",
    "CoverageDict",
    "Described",
    "FailOn",
    "FindingDict",
    "IgnoreEntry",
    "ImportKind",
    "ImportNote",
    "NetworkSubnet",
    "Options",
    "PlanNetwork",
    "PlannedSubnet",
    "Profile",
    "ProfileArg",
    "ProviderName",
    "ReportDict",
    "RuleArea",
    "RuleExample",
    "RuleInfo",
    "SeverityLevel",
    "SeverityName",
    "SubnetPlan",
    "SubnetType",
    "SummaryDict",
    "SuppressedDict",
]

#: The severity of a finding.
SeverityName = Literal["error", "warning", "info"]
#: A per-rule severity override (`off` silences the rule).
SeverityLevel = Literal["error", "warning", "info", "off"]
#: What makes `valid` false.
FailOn = Literal["error", "warning"]
#: A cloud provider, or `onprem`.
ProviderName = Literal["aws", "azure", "gcp", "onprem"]
#: The kind of a subnet.
SubnetType = Literal["private", "public", "pod"]
#: The area of a rule in the catalog.
RuleArea = Literal["input", "kubernetes", "network", "zones", "nodes", "storage", "ingress", "namespaces", "consistency"]
#: A built-in profile name (`katonic`, `domino`, `dataiku`) or a custom profile object.
ProfileArg = Union[str, Dict[str, Any]]


class IgnoreEntry(TypedDict, total=False):
    """Suppress `rule` at `path` and below (at least one of the two); `reason` is echoed in the
    report's `suppressed` list."""

    rule: str
    path: str
    reason: str


class Options(TypedDict, total=False):
    """The options object (camelCase keys, as in every binding); see docs/input.md."""

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


class CoverageDict(TypedDict):
    """What a validation checked."""

    ran: int
    lackingData: List[str]
    notApplicable: int


class _SuppressedFields(TypedDict):
    rule: str
    path: str


class SuppressedDict(_SuppressedFields, total=False):
    """A finding an `ignore` option removed; `reason` when the entry gives one."""

    reason: str


class ReportDict(TypedDict):
    valid: bool
    profile: str
    summary: SummaryDict
    findings: List[FindingDict]
    facts: Dict[str, Any]
    coverage: CoverageDict
    suppressed: List[SuppressedDict]


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


class RuleExample(TypedDict):
    """A rule's documented example: JSON texts of the options, a failing and a passing document."""

    options: str
    fails: str
    passes: str


class RuleInfo(TypedDict):
    """A rule as `rules()` gives it."""

    id: str
    #: Default severity (a profile or options may change it).
    severity: SeverityName
    area: RuleArea
    #: Providers the rule runs for; empty means all.
    providers: List[ProviderName]
    title: str
    #: The full documentation in markdown: what, why, source, example.
    doc: str
    source: str
    example: RuleExample


class _ProfileFields(TypedDict):
    name: str
    title: str
    sizeTolerance: float
    severity: Dict[str, SeverityLevel]
    kubernetes: Dict[str, Any]
    network: Dict[str, int]
    zones: Dict[str, List[int]]
    nodePools: Dict[str, Any]
    storage: Dict[str, Any]
    ingress: Dict[str, Any]
    addons: Dict[str, str]


class Profile(_ProfileFields, total=False):
    """A profile as `profiles()` gives it: an ML platform's requirements as data."""

    extends: str
    #: When present, the only rules the profile runs besides the input rules (dataiku).
    rules: List[str]


class PlannedSubnet(TypedDict):
    """One subnet of a `SubnetPlan`."""

    name: str
    type: SubnetType
    cidr: str
    zone: str
    #: Every address of the block.
    addresses: int
    #: Addresses left after the provider's reserved ones (AWS and Azure 5, GCP 4, on-prem 2).
    usable: int


class _NetworkSubnetFields(TypedDict):
    name: str
    cidr: str
    type: SubnetType
    zone: str


class NetworkSubnet(_NetworkSubnetFields, total=False):
    """A planned subnet in the input schema's shape; `tags` (load balancer roles) on AWS only."""

    tags: Dict[str, str]


class PlanNetwork(TypedDict):
    """A plan's `network`: ready to use as a document's `network`."""

    vpcCidr: str
    subnets: List[NetworkSubnet]


class SubnetPlan(TypedDict):
    """The answer of `plan_subnets`."""

    #: The VPC network, host bits cleared.
    vpc: str
    provider: ProviderName
    #: The profile whose network rules the plan passes.
    profile: str
    #: The zones nodes run in: the first `zones` zone names.
    availabilityZones: List[str]
    #: The private subnets in zone order, then the public /28.
    subnets: List[PlannedSubnet]
    #: The unused rest of the VPC, as the fewest CIDR blocks.
    free: List[str]
    network: PlanNetwork


#: What `describe` reads: `kubectl get nodes,storageclasses -o json`, an eksctl ClusterConfig,
#: `terraform show -json` of a plan or state.
ImportKind = Literal["kubectl", "eksctl", "terraform"]


#: A note of `describe`: `path` into the description, `from` where in the source (a JSON Pointer,
#: or a Terraform resource address and attribute), `message`. (`from` is a Python keyword, hence
#: the functional form.)
ImportNote = TypedDict("ImportNote", {"path": str, "from": str, "message": str})



class Described(TypedDict):
    """The answer of `describe`: a cluster description and the notes on it."""

    description: Dict[str, Any]
    notes: List[ImportNote]
