// Host values under the input budget: how a JS value becomes JSON text within 1 MiB and 64 levels,
// and how text and bytes are checked. The one copy of this code, used by both npm packages:
// wasm/build.sh copies it into the WASM package (rewriting the `export` line for CommonJS), and
// `make build-node` writes node/host.cjs from it the same way. `ClusterfitError` is each
// package's own error class.
function hostValues(ClusterfitError) {
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

  return { checkedText, bytesText, boundedJson };
}

export { hostValues };
