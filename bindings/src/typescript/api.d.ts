// The shared API of both npm packages (`clusterfit`, native; `clusterfit-wasm`): hand-written,
// because these are JavaScript functions, not Rust types. `make types` appends this file to the
// generated data types in the shared block of node/index.d.ts and wasm/pkg-src/index.d.ts; edit
// it here, never there.

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
