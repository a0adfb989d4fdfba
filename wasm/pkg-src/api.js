// The JavaScript face of clusterfit-wasm, shared by the web, bundler and node entries.
//
// The WebAssembly exports take and return JSON text (see wasm/src/lib.rs): objects go in through
// JSON.stringify and come out through JSON.parse, so results are plain objects (never Maps) and
// `JSON.stringify(report)` is byte for byte the core's own report JSON.
//
// build.sh copies this file into each build; for the CommonJS node entry it rewrites the one
// `export` line at the bottom into `module.exports`.

/** An input, options or internal error that stopped the call. `code` is stable. */
class ClusterfitError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'ClusterfitError';
    this.code = code;
  }
}

import { hostValues } from './host.js';

// Host values under the input budget: one copy of the code (host.js), shared with the Node package.
const { checkedText, bytesText, boundedJson } = hostValues(ClusterfitError);

/**
 * Builds the API over the wasm-bindgen glue (`glue`: validate_json, rules, …) and the raw
 * instance exports (`exports`: used to restore the stack pointer after a trap).
 */
function makeApi(glue, exports, reinstantiate) {
  const version = glue.version();
  // With panic = "abort" a Rust panic (and running out of memory) traps
  // (WebAssembly.RuntimeError) instead of unwinding. A trap leaves the instance as the failing
  // frames left it: its shadow stack pointer moved (and not exported by this build, so it cannot
  // be put back), its memory perhaps grown to gigabytes. After any trap the wrapper therefore
  // instantiates the module afresh (`reinstantiate`, from the compiled module: no recompile), so
  // the next call works whatever happened before. A build without it (bundler) falls back on
  // moving the stack pointer back when the export exists.
  const moveStack = exports && exports.__wbindgen_add_to_stack_pointer;
  const stackTop = moveStack ? moveStack(0) : 0;

  function call(f) {
    try {
      return f();
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) {
        let message = '';
        try {
          message = glue.take_panic_message();
        } catch (_) {
          // The instance is unusable: the message is lost, the code is not.
        }
        if (reinstantiate) reinstantiate();
        else if (moveStack) moveStack(stackTop - moveStack(0));
        throw new ClusterfitError(
          'INTERNAL',
          message ||
            `internal error in clusterfit ${version}: the WebAssembly module trapped (${e.message}); please report it`,
        );
      }
      if (e instanceof ClusterfitError) throw e;
      const reason = e !== null && typeof e === 'object' && 'message' in e ? String(e.message) : String(e);
      throw new ClusterfitError('INTERNAL', `internal error in clusterfit ${version}: ${reason}; please report it`);
    }
  }

  // Every export answers JSON text: the value, or {"error":{"code","message"}}.
  function answer(text) {
    const value = JSON.parse(text);
    if (text.startsWith('{"error":')) {
      throw new ClusterfitError(value.error.code, value.error.message);
    }
    return value;
  }

  function optionsText(options) {
    if (options === undefined || options === null) return '';
    const text = boundedJson(options, 'OPTIONS_INVALID', 'the options');
    // undefined, a function or a symbol: let the core say what it expected.
    return text === undefined ? 'null' : text;
  }

  function argument(ok, message) {
    if (!ok) throw new ClusterfitError('OPTIONS_INVALID', message);
  }

  return {
    version,
    validate(doc, options) {
      const opts = optionsText(options);
      let text;
      if (doc instanceof Uint8Array) text = bytesText(doc);
      else if (typeof doc === 'string') text = checkedText(doc, 'INPUT_NOT_JSON', 'the document');
      else {
        text = boundedJson(doc, 'INPUT_NOT_JSON', 'the document');
        if (text === undefined) text = 'null';
      }
      return answer(call(() => glue.validate_json(text, opts)));
    },
    rules() {
      return answer(call(() => glue.rules()));
    },
    profiles() {
      return answer(call(() => glue.profiles()));
    },
    schema() {
      return answer(call(() => glue.schema()));
    },
    cidrInfo(cidr) {
      argument(typeof cidr === 'string', 'the CIDR must be a string such as `10.0.0.0/21`');
      return answer(call(() => glue.cidr_info(cidr)));
    },
    planSubnets(vpc, zones, options) {
      argument(typeof vpc === 'string', 'the VPC CIDR must be a string such as `10.0.0.0/21`');
      argument(
        Number.isInteger(zones) && zones >= 0 && zones <= 0xffffffff,
        `the zone count must be a whole number, got \`${String(zones)}\``,
      );
      const opts = optionsText(options);
      return answer(call(() => glue.plan_subnets(vpc, zones, opts)));
    },
    describe(kind, text, options) {
      argument(typeof kind === 'string', 'the import kind must be `kubectl`, `eksctl` or `terraform`');
      if (text instanceof Uint8Array) text = new TextDecoder().decode(text);
      if (typeof text !== 'string') {
        throw new ClusterfitError('INPUT_NOT_JSON', `the ${kind} output must be text (a string or a Uint8Array)`);
      }
      const opts = optionsText(options);
      return answer(call(() => glue.describe(kind, text, opts)));
    },
    _forceInternalError() {
      return answer(call(() => glue.force_internal_error()));
    },
    _forceOutOfMemory() {
      return answer(call(() => glue.force_out_of_memory()));
    },
  };
}

export { ClusterfitError, makeApi };
