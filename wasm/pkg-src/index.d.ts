// Types of clusterfit-wasm (hand-written; wasm/tests/types.test.mjs checks them against real
// output with `tsc --strict --exactOptionalPropertyTypes`). The same API in the web, bundler and
// node builds. The shared block below is identical in node/index.d.ts (the native package).

// ---- BEGIN SHARED TYPES ----------------------------------------------------------------------
// This block is byte for byte the same in wasm/pkg-src/index.d.ts (npm `clusterfit-wasm`) and
// node/index.d.ts (npm `clusterfit`): node/__test__/shared-types.test.mjs fails when they differ.
// Edit both files together. Shapes follow the core's Rust structs (core/src/report.rs,
// rules/mod.rs, profile/mod.rs, net.rs) and docs/input.md.

/** How serious a finding is. */
export type Severity = 'error' | 'warning' | 'info';

/** A severity as options and profiles spell it; `off` turns a rule off. */
export type SeverityLevel = Severity | 'off';

/** A cloud provider, or `onprem`. */
export type Provider = 'aws' | 'azure' | 'gcp' | 'onprem';

/** A Kubernetes distribution. */
export type Distribution = 'eks' | 'aks' | 'gke' | 'openshift' | 'kubespray' | 'rke2' | 'k3s' | 'other';

/** A node pool role. */
export type Role = 'platform' | 'compute' | 'gpu' | 'deployment' | 'vectordb' | 'master' | 'worker' | 'other';

/** The kind of a subnet. */
export type SubnetType = 'private' | 'public' | 'pod';

/** The stable codes of thrown errors. */
export type ErrorCode =
  | 'INPUT_NOT_JSON'
  | 'INPUT_NOT_YAML'
  | 'INPUT_NOT_OBJECT'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_TOO_DEEP'
  | 'INPUT_SCHEMA_VERSION'
  | 'OPTIONS_INVALID'
  | 'INTERNAL';

/** One problem found in the description. */
export interface Finding {
  /** Stable rule id from the catalog, e.g. `vpc-cidr-size`. */
  rule: string;
  /** Severity after profile and options overrides. */
  severity: Severity;
  /** RFC 6901 JSON Pointer into the input, e.g. `/network/vpcCidr`. */
  path: string;
  /** What is wrong: names the offending value and the requirement. */
  message: string;
  /** What to do about it (absent when there is nothing more to say). */
  hint?: string;
}

/** Counts of findings by severity. */
export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * Computed values a UI shows beside the form. A key is present only when the values it
 * comes from are known.
 */
export interface Facts {
  provider?: Provider;
  distribution?: Distribution;
  kubernetesVersion?: string;
  zoneCount?: number;
  vpc?: { cidr: string; addresses: number; usable: number };
  subnets?: Array<{ index: number; name?: string; cidr: string; type?: SubnetType; addresses: number; usable: number }>;
  /** The platform's address, normalised (lowercase, no trailing dot). */
  fqdn?: string;
  /** Add-on host names by add-on, e.g. `{ superset: 'dash-ml.example.com' }`. */
  addonHosts?: Record<string, string>;
  [fact: string]: unknown;
}

/** The answer of `validate`. */
export interface Report {
  /** No finding at or above `failOn`. */
  valid: boolean;
  /** The profile's name (`katonic`, `domino`, or a custom profile's `name`). */
  profile: string;
  summary: Summary;
  /** Every finding, in a deterministic order. */
  findings: Finding[];
  facts: Facts;
  /** What was checked. */
  coverage: Coverage;
  /** Findings removed by an `ignore` option, with its reason. */
  suppressed: Suppressed[];
}

/** What a validation checked. */
export interface Coverage {
  /** Rules that ran: not disabled, not `off`, and for this provider and profile. */
  ran: number;
  /** Rules that stayed silent somewhere because a value was absent (what `strict` reports), in registry order. */
  lackingData: string[];
  /** Rules that did not run for this provider, profile or options. */
  notApplicable: number;
}

/** A finding an `ignore` option removed. */
export interface Suppressed {
  rule: string;
  path: string;
  /** The ignore entry's `reason`, when it gives one. */
  reason?: string;
}

/** Suppresses findings of a rule (or of every rule) at a path and below. */
export interface Ignore {
  /** A rule id; absent means every rule. */
  rule?: string;
  /** A JSON Pointer; absent means everywhere. Whole segments: `/nodePools/2` is not `/nodePools/20`. */
  path?: string;
  /** Why; echoed in the report's `suppressed` list. */
  reason?: string;
}

/** A value that depends on the provider: `default`, overridden per provider. */
export interface ByProvider<T> {
  default?: T;
  aws?: T;
  azure?: T;
  gcp?: T;
  onprem?: T;
}

/** What a profile requires of a node pool role. Sizes in vCPU and GiB. */
export interface RoleRequirement {
  cpu?: number;
  memory?: number;
  bootDisk?: number;
  additionalDisk: ByProvider<number>;
  gpus?: number;
  minNodes?: number;
  maxNodes?: number;
  recommendedMinNodes?: number;
  labels: Record<string, string>;
  /** A recommended vCPU minimum: below it is a warning, not an error. */
  recommendedCpu?: number;
  /** A recommended memory minimum (GiB): below it is a warning, not an error. */
  recommendedMemory?: number;
  /** The pool must be able to scale (`minNodes` below `maxNodes`); absent means false. */
  autoscaling?: boolean;
  /** On aws, the pool's tags carry a cluster-autoscaler node-template label tag per required label; absent means false. */
  autoscalerLabelTags?: boolean;
}

/** A profile: an ML platform's installation requirements, as data. */
export interface Profile {
  name: string;
  title: string;
  /** The built-in profile a custom one was merged over. */
  extends?: string;
  /** How far below a size requirement a value may be and still pass (a fraction, e.g. 0.075). */
  sizeTolerance: number;
  /** Per-rule severity overrides. */
  severity: Record<string, SeverityLevel>;
  /** When present, the only rules the profile runs besides the input rules. */
  rules?: string[];
  kubernetes: {
    minVersion?: string;
    validatedVersions: { [D in Distribution]?: string };
    /** `false`: no warning for Docker before its removal (Docker with 1.24+ stays an error). */
    dockerDeprecation?: boolean;
  };
  network: {
    /** The VPC must be this prefix or larger (a smaller number). */
    vpcMaxPrefix?: number;
    privateSubnetCount?: number;
    privateSubnetMaxPrefix?: number;
    podAddressMaxPrefix?: number;
  };
  /** How many availability zones the platform supports (empty: any). */
  zones: { allowedCounts: number[] };
  nodePools: {
    requiredRoles: Role[];
    recommendedRoles: ByProvider<Role[]>;
    os: ByProvider<string>;
    roles: { [R in Role]?: RoleRequirement };
    /** On aws, every pool's tags carry `kubernetes.io/cluster/<name>: owned`; absent means false. */
    clusterOwnedTag?: boolean;
  };
  storage: { blockClass: ByProvider<string>; sharedClass: ByProvider<string>; minVolumeGiB?: number; blockNfsAllowed: ByProvider<boolean> };
  ingress: {
    /** `false`: the platform has no address of its own (Dataiku), so `strict` does not ask for `ingress`. */
    served?: boolean;
    listeners: Array<{ port: number; targetPort: number }>;
    healthCheck?: { protocol: string; port: number; path: string };
  };
  /** Host name prefix of each add-on (`superset` → `dash-`). */
  addons: Record<string, string>;
}

/**
 * A JSON merge patch (RFC 7386) of `T`: every key optional, objects merged key by key, `null`
 * removes a key, anything else (arrays included) replaces.
 */
export type MergePatch<T> = {
  [K in keyof T]?:
    | (NonNullable<T[K]> extends readonly unknown[]
        ? NonNullable<T[K]>
        : NonNullable<T[K]> extends object
          ? MergePatch<NonNullable<T[K]>>
          : NonNullable<T[K]>)
    | null;
};

/**
 * A custom profile: `extends` a built-in and a merge patch of the values to change, or
 * a whole profile. Without a `name` a profile that extends another is called `custom`.
 */
export type CustomProfile = MergePatch<Profile> & { extends?: 'katonic' | 'domino' | 'dataiku' | (string & {}) };

/** Validation options. */
export interface Options {
  /** `katonic` (default), `domino`, or a custom profile object. */
  profile?: string | CustomProfile;
  /** Rule ids not to run. */
  disable?: string[];
  ignore?: Ignore[];
  /** Per-rule severity overrides. */
  severity?: Record<string, SeverityLevel>;
  /** What makes `valid` false: `error` (default) or `warning`. */
  failOn?: 'error' | 'warning';
  /** Report what the rules needed but the document left out (`not-described`). */
  strict?: boolean;
}

/** A documented example: a document on which the rule fires and one on which it is silent. */
export interface RuleExample {
  /** Options JSON (`{}` for the defaults). */
  options: string;
  fails: string;
  passes: string;
}

/** A rule as `rules()` returns it. */
export interface RuleInfo {
  id: string;
  /** Default severity (a profile or options may change it). */
  severity: Severity;
  area: 'input' | 'kubernetes' | 'network' | 'zones' | 'nodes' | 'storage' | 'ingress' | 'namespaces' | 'consistency';
  /** Providers the rule runs for; empty means all. */
  providers: Provider[];
  /** One line, for lists. */
  title: string;
  /** The full documentation in markdown: what, why, source, example. */
  doc: string;
  /** The vendor guide it comes from. */
  source: string;
  example: RuleExample;
}

/** Facts about one IPv4 block (`cidrInfo`). */
export interface CidrInfo {
  /** The block as given. */
  cidr: string;
  /** The network address with the prefix, host bits cleared (`10.0.0.0/21`). */
  network: string;
  prefix: number;
  netmask: string;
  /** First and last address of the block. */
  first: string;
  last: string;
  /** Every address in the block. */
  total: number;
  /** Hosts on a plain IP network (total − network − broadcast; all of a /31 or /32). */
  usable: number;
  /** Usable in an AWS or Azure subnet, which keep 5 addresses each. */
  usableCloud: number;
  /** Whether the text had bits set after the prefix. */
  hostBitsSet: boolean;
}

/** Options of `planSubnets`; every key optional, `null` means the default. */
export interface PlanOptions {
  /** The profile whose network rules the plan must pass: a name or a custom profile (default `katonic`). */
  profile?: string | CustomProfile | null;
  /** Default `aws` (AWS plans add the load balancer role tags to `network.subnets`). */
  provider?: Provider | null;
  /**
   * One zone name per private subnet (default `zone-a`, `zone-b`, …): as many as `zones`, but at
   * least 2 (a 1-zone plan still has private subnets in two zones, as EKS needs).
   */
  zoneNames?: string[] | null;
  /** Prefix length of the private subnets (default the profile's, `24`). */
  privatePrefix?: number | null;
}

/** One subnet of a plan. */
export interface PlannedSubnet {
  /** `private-<zone>` or `public-<first zone>`. */
  name: string;
  type: SubnetType;
  cidr: string;
  zone: string;
  /** Every address of the block. */
  addresses: number;
  /** Addresses left after the provider's reserved ones (AWS and Azure 5, GCP 4, on-prem 2). */
  usable: number;
}

/** A planned subnet in the input schema's shape (an item of `network.subnets`). */
export interface NetworkSubnet {
  name: string;
  cidr: string;
  type: SubnetType;
  zone: string;
  /** AWS only: `kubernetes.io/role/internal-elb` (private) or `kubernetes.io/role/elb` (public), `'1'`. */
  tags?: Record<string, string>;
}

/**
 * A subnet plan: one private subnet per zone (at least two, in two zones) from the
 * start of the VPC, one public /28 at its end, the rest left free. It passes every network rule
 * of the profile.
 */
export interface SubnetPlan {
  /** The VPC network, host bits cleared. */
  vpc: string;
  provider: Provider;
  /** The profile whose network rules the plan passes. */
  profile: string;
  /** The zones nodes run in: the first `zones` zone names (a document's `availabilityZones`). */
  availabilityZones: string[];
  /** The private subnets in zone order, then the public one. */
  subnets: PlannedSubnet[];
  /** The unused rest of the VPC, as the fewest CIDR blocks, in address order. */
  free: string[];
  /** Ready to paste as a document's `network`. */
  network: { vpcCidr: string; subnets: NetworkSubnet[] };
}

/** An input or options error (and `INTERNAL` for a bug): a real `Error` with a stable `code`. */
export declare class ClusterfitError extends Error {
  constructor(code: ErrorCode, message: string);
  readonly name: 'ClusterfitError';
  readonly code: ErrorCode;
}

/**
 * Validates a cluster description given as JSON text or as an object (the Node native package
 * also reads a `Buffer` or `Uint8Array` as UTF-8 JSON text). Findings are data in the report;
 * throws `ClusterfitError` only when validation cannot run (input and options errors).
 */
export declare function validate(doc: string | object, options?: Options | null): Report;

/** The rule catalog: every rule with its metadata and documentation. */
export declare function rules(): RuleInfo[];

/** The built-in profiles (`katonic`, `domino`) with their full contents. */
export declare function profiles(): Profile[];

/** The JSON Schema of the input. */
export declare function schema(): Record<string, unknown>;

/** Facts about an IPv4 CIDR; throws `OPTIONS_INVALID` for anything else. */
export declare function cidrInfo(cidr: string): CidrInfo;

/**
 * A subnet plan for `zones` zones inside `vpc` that passes every network rule of the profile;
 * throws `OPTIONS_INVALID` when it cannot be made (a VPC too small for the profile, a zone count
 * the profile does not allow, malformed options).
 */
export declare function planSubnets(vpc: string, zones: number, options?: PlanOptions | null): SubnetPlan;

/** What `describe` reads. */
export type ImportKind = 'kubectl' | 'eksctl' | 'terraform';

/** Options of `describe`. */
export interface ImportOptions {
  /** Pool name → role, overriding the inferred role. */
  roles?: Record<string, Role> | null;
}

/** A note of `describe`: where a value came from, or what could not be mapped. */
export interface ImportNote {
  /** JSON Pointer into the description (empty for the whole). */
  path: string;
  /** Where in the source: a JSON Pointer, or a Terraform resource address and attribute. */
  from: string;
  message: string;
}

/** The answer of `describe`. */
export interface Described {
  /** The cluster description (the input format of `validate`). */
  description: Record<string, unknown>;
  notes: ImportNote[];
}

/**
 * A cluster description from what users already have: `kubectl get nodes,storageclasses -o
 * json`, an eksctl ClusterConfig (YAML or JSON; the wasm build reads JSON only), or `terraform
 * show -json` of a plan or state. Throws `INPUT_NOT_JSON`, `INPUT_NOT_OBJECT` (a document of
 * another kind), `INPUT_TOO_LARGE`, `INPUT_TOO_DEEP`, or `OPTIONS_INVALID` (an unknown kind or role).
 */
export declare function describe(kind: ImportKind, text: string | Uint8Array, options?: ImportOptions | null): Described;

/** The clusterfit version (the same string in every binding). In the wasm web build: after `init()`. */
export declare const version: string;

/** Test hook: throws `ClusterfitError` with code `INTERNAL` (a caught panic). Not public API. */
export declare function _forceInternalError(): never;
// ---- END SHARED TYPES ------------------------------------------------------------------------

// ---- clusterfit-wasm only --------------------------------------------------------------------

/** Where the web build finds its `.wasm` (default: beside the module). */
export type InitInput = string | URL | Request | Response | BufferSource | WebAssembly.Module;

/**
 * Loads the WebAssembly module. Required once in the web build before any other call; a no-op
 * in the node and bundler builds, so `await init()` works everywhere.
 */
export default function init(input?: InitInput | Promise<InitInput>): Promise<void>;
/** Synchronous `init` from bytes or a compiled module (web build; a no-op elsewhere). */
export declare function initSync(module?: BufferSource | WebAssembly.Module): void;
