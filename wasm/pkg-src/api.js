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

// -- Host values under the input budget (the same code in node/index.js and wasm/pkg-src/api.js).
const MAX_BYTES = 1024 * 1024
const MAX_DEPTH = 64

/** Thrown by the replacer to stop `JSON.stringify` at a limit. */
class Stop {
  constructor(code, message) {
    this.code = code
    this.message = message
  }
}

/** Whether a string is well-formed UTF-16 (no unpaired surrogate), so UTF-8 can hold it. */
function wellFormed(s) {
  if (typeof s.isWellFormed === 'function') return s.isWellFormed()
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)
}

/** Bytes of `s` in UTF-8 (`s` is well-formed). */
function utf8Length(s) {
  let n = s.length
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x800) n += c >= 0xd800 && c <= 0xdbff ? 1 : 2
    else if (c >= 0x80) n += 1
  }
  return n
}

/**
 * JSON text given by the caller, checked as every runtime checks bytes: unpaired surrogates are
 * not UTF-8 (`INPUT_NOT_JSON`), and a text longer than 1 MiB stops before it is copied.
 */
function checkedText(text, code, what) {
  if (text.length > MAX_BYTES) {
    const bytes = typeof Buffer === 'function' ? Buffer.byteLength(text, 'utf8') : utf8Length(text)
    throw new ClusterfitError('INPUT_TOO_LARGE', `the document is ${bytes} bytes, more than the 1 MiB (${MAX_BYTES} bytes) limit`)
  }
  if (!wellFormed(text)) {
    throw new ClusterfitError(code, `${what} is not JSON: a string with unpaired surrogates is not valid UTF-8`)
  }
  return text
}

/** Bytes given by the caller (`Buffer`, `Uint8Array`): UTF-8 JSON text, strictly decoded. */
function bytesText(bytes) {
  if (bytes.byteLength > MAX_BYTES) {
    throw new ClusterfitError('INPUT_TOO_LARGE', `the document is ${bytes.byteLength} bytes, more than the 1 MiB (${MAX_BYTES} bytes) limit`)
  }
  try {
    // ignoreBOM keeps a byte order mark in the text: the core skips one, as for every runtime.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch (e) {
    throw new ClusterfitError('INPUT_NOT_JSON', 'the document is not JSON: the bytes are not valid UTF-8')
  }
}

/**
 * The JSON text of a JS value, exactly as `JSON.stringify` writes it (so an object is read as its
 * text would be: `NaN` and `Infinity` are `null`, `undefined` members are left out), produced
 * under the input limits: a replacer counts a lower bound of the text's bytes and the nesting,
 * and stops the conversion as soon as one passes its limit (the core checks the exact size of
 * the text). `undefined` when the value has no JSON text (`undefined`, a function).
 */
function boundedJson(value, code, what) {
  // The holders from the root's wrapper down to the value being written: `JSON.stringify` goes
  // depth first, so the caller's holder is on this stack and its index is the depth.
  const holders = []
  const arrays = []
  let used = 0
  function size(v) {
    switch (typeof v) {
      case 'string':
        return v.length + 2
      case 'number':
        return Number.isFinite(v) ? 1 : 4
      case 'boolean':
        return 4
      case 'object':
        return v === null ? 4 : 1
      default:
        return 0
    }
  }
  function replacer(key, v) {
    const t = typeof v
    const dropped = v === undefined || t === 'function' || t === 'symbol'
    let top = holders.length - 1
    if (top < 0) {
      holders.push(this)
      arrays.push(false)
      top = 0
      if (!dropped) used += size(v)
    } else {
      while (holders[top] !== this) {
        holders.pop()
        arrays.pop()
        top--
      }
      if (arrays[top]) used += 1 + (dropped ? 4 : size(v))
      else if (!dropped) used += key.length + 3 + size(v)
    }
    if (used > MAX_BYTES) {
      throw new Stop(code === 'INPUT_NOT_JSON' ? 'INPUT_TOO_LARGE' : code, `${what}'s JSON text is more than the 1 MiB (${MAX_BYTES} bytes) limit`)
    }
    if (t === 'object' && v !== null) {
      if (top + 1 > MAX_DEPTH) {
        throw new Stop(code === 'INPUT_NOT_JSON' ? 'INPUT_TOO_DEEP' : code, `${what} nests deeper than ${MAX_DEPTH} levels`)
      }
      holders.push(v)
      arrays.push(Array.isArray(v))
    }
    return v
  }
  let text
  try {
    text = JSON.stringify(value, replacer)
  } catch (e) {
    if (e instanceof Stop) throw new ClusterfitError(e.code, e.message)
    const reason = e !== null && typeof e === 'object' && 'message' in e ? String(e.message) : String(e)
    if (e instanceof TypeError && /BigInt/i.test(reason)) {
      throw new ClusterfitError(code, `${what} holds a BigInt, which JSON cannot represent: use a number or a string`)
    }
    if (e instanceof TypeError && /circular|cyclic/i.test(reason)) {
      // A value that contains itself nests without end.
      throw new ClusterfitError(code === 'INPUT_NOT_JSON' ? 'INPUT_TOO_DEEP' : code, `${what} contains itself, so it nests deeper than ${MAX_DEPTH} levels`)
    }
    if (e instanceof RangeError && /string length/i.test(reason)) {
      throw new ClusterfitError(code === 'INPUT_NOT_JSON' ? 'INPUT_TOO_LARGE' : code, `${what}'s JSON text is more than the 1 MiB (${MAX_BYTES} bytes) limit`)
    }
    // A getter or `toJSON` that threw (anything, even `null`), or ran out of stack by itself.
    throw new ClusterfitError(code, `${what} cannot be converted to JSON: ${reason}`)
  }
  return text
}
// -- end of host values.

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
