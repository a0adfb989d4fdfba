// Types of clusterfit-wasm (hand-written; wasm/tests/types.test.mjs checks them against real
// output with `tsc --strict --exactOptionalPropertyTypes`). The same API in the web, bundler and
// node builds.

/** How serious a finding is. */
export type Severity = 'error' | 'warning' | 'info';

/** A severity override: a severity, or `off` to turn the rule off. */
export type SeverityLevel = Severity | 'off';

/** One problem found in the description. */
export interface Finding {
  /** Stable rule id from the catalog, e.g. `vpc-cidr-size`. */
  rule: string;
  severity: Severity;
  /** RFC 6901 JSON Pointer into the input, e.g. `/network/vpcCidr`. */
  path: string;
  /** What is wrong: names the offending value and the requirement. */
  message: string;
  /** What to do about it (absent when the message says it all). */
  hint?: string;
}

/** Counts of findings by severity. */
export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

/** Computed values a UI shows beside the form (SPEC §9); keys only present when known. */
export interface Facts {
  provider?: string;
  distribution?: string;
  kubernetesVersion?: string;
  zoneCount?: number;
  vpc?: { cidr: string; addresses: number; usable: number };
  subnets?: Array<{
    index: number;
    name?: string;
    cidr: string;
    type?: string;
    addresses: number;
    usable: number;
  }>;
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
}

/** Suppresses findings of a rule (or of every rule) at a path and below. */
export interface Ignore {
  rule?: string;
  /** A JSON Pointer; whole segments (`/nodePools/2` is not `/nodePools/20`). */
  path?: string;
}

/** A profile: requirements as data (SPEC §6). Built-ins: `katonic`, `domino`. */
export interface Profile {
  name: string;
  title?: string;
  /** The built-in profile a custom one starts from. */
  extends?: string;
  sizeTolerance?: number;
  severity?: Record<string, SeverityLevel>;
  [requirement: string]: unknown;
}

/** Validation options (SPEC §3). */
export interface Options {
  /** `katonic` (default), `domino`, or a custom profile object. */
  profile?: string | Profile;
  /** Rule ids not to run. */
  disable?: string[];
  ignore?: Ignore[];
  /** Per-rule severity overrides. */
  severity?: Record<string, SeverityLevel>;
  /** What makes `valid` false (default `error`). */
  failOn?: 'error' | 'warning';
  /** Report what the rules needed but the document left out (`not-described`). */
  strict?: boolean;
}

/** A rule as `rules()` returns it. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  area: 'input' | 'kubernetes' | 'network' | 'zones' | 'nodes' | 'storage' | 'ingress' | 'namespaces';
  /** Providers the rule runs for; empty means all. */
  providers: string[];
  title: string;
  /** The full doc in markdown: what, why, source, example. */
  doc: string;
  source: string;
  example: { options: string; fails: string; passes: string };
}

/** Facts about an IPv4 block. */
export interface CidrInfo {
  /** The block as given. */
  cidr: string;
  /** The network with its prefix, host bits cleared (`10.0.0.0/21`). */
  network: string;
  prefix: number;
  netmask: string;
  first: string;
  last: string;
  total: number;
  /** Hosts on a plain IP network (total − 2; all of a /31 or /32). */
  usable: number;
  /** Usable in an AWS or Azure subnet, which keep 5 addresses each. */
  usableCloud: number;
  hostBitsSet: boolean;
}

/** A subnet plan inside a VPC (the shape is settled by the core's `plan_subnets`). */
export interface SubnetPlan {
  [key: string]: unknown;
}

/** Options of `planSubnets`. */
export interface PlanOptions {
  [option: string]: unknown;
}

/** Stable error codes (SPEC §8). */
export type ErrorCode =
  | 'INPUT_NOT_JSON'
  | 'INPUT_NOT_OBJECT'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_TOO_DEEP'
  | 'INPUT_SCHEMA_VERSION'
  | 'OPTIONS_INVALID'
  | 'INTERNAL';

/** Thrown when validation cannot run at all: bad input, bad options, or a bug (`INTERNAL`). */
export declare class ClusterfitError extends Error {
  constructor(code: ErrorCode, message: string);
  readonly name: 'ClusterfitError';
  readonly code: ErrorCode;
}

/**
 * Validates a cluster description: JSON text, or an object. Findings are data; only input and
 * options errors throw (a `ClusterfitError` with `.code`).
 */
export declare function validate(doc: string | object, options?: Options): Report;
/** The rule catalog. */
export declare function rules(): RuleInfo[];
/** The built-in profiles with their full contents. */
export declare function profiles(): Profile[];
/** Facts about an IPv4 CIDR; a string that is not one throws `OPTIONS_INVALID`. */
export declare function cidrInfo(cidr: string): CidrInfo;
/** A subnet plan for a VPC over `zones` zones; throws `OPTIONS_INVALID` if it cannot fit. */
export declare function planSubnets(vpc: string, zones: number, options?: PlanOptions): SubnetPlan;
/** The JSON Schema of the input. */
export declare function schema(): Record<string, unknown>;
/** The clusterfit version (the same string in every binding). In the web build: after `init()`. */
export declare const version: string;
/** Test hook: a forced panic, thrown as `ClusterfitError` with code `INTERNAL`. */
export declare function _force_internal_error(): never;

/** Where the web build finds its `.wasm` (default: beside the module). */
export type InitInput = string | URL | Request | Response | BufferSource | WebAssembly.Module;

/**
 * Loads the WebAssembly module. Required once in the web build before any other call; a no-op
 * in the node and bundler builds, so `await init()` works everywhere.
 */
export default function init(input?: InitInput | Promise<InitInput>): Promise<void>;
/** Synchronous `init` from bytes or a compiled module (web build; a no-op elsewhere). */
export declare function initSync(module?: BufferSource | WebAssembly.Module): void;
