// Host values under the input budget: how a JS value becomes JSON text within 1 MiB and 64 levels,
// and how text and bytes are checked. The one copy of this code, used by both npm packages:
// wasm/build.sh copies it into the WASM package (rewriting the `export` line for CommonJS), and
// `make build-node` writes node/host.cjs from it the same way. `ClusterfitError` is each
// package's own error class.
function hostValues(ClusterfitError) {
  const MAX_BYTES = 1024 * 1024
  const MAX_DEPTH = 64
  const OBJECT = Object.prototype
  const ARRAY = Array.prototype

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

  /** The replacer's count (below) of a value that is not an object, or of an object's opening. */
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

  /**
   * Whether `value` is plain data within both limits, so that a plain `JSON.stringify` writes the
   * text the replacer of `boundedJson` would let through: arrays, objects whose prototype is
   * `Object.prototype` or `null`, neither with a `toJSON`, and strings, numbers, booleans, `null`
   * and what `JSON.stringify` drops or writes as `null` (`undefined`, functions, symbols); at most
   * 64 levels, and the replacer's count of bytes within 1 MiB. It walks in `JSON.stringify`'s order
   * and adds exactly what the replacer adds, checking after every value. Anything else (a `Date`, a
   * class instance, a `BigInt`, a `toJSON`, a limit passed, a getter that throws) answers `false`,
   * and `boundedJson` takes the replacer's path, which decides as before. A getter of a plain
   * object is read twice: here and by `JSON.stringify`.
   */
  function plainWithin(value) {
    let used = 1
    function walk(v, depth) {
      if (depth > MAX_DEPTH || v.toJSON !== undefined) return false
      if (Array.isArray(v)) {
        if (Object.getPrototypeOf(v) !== ARRAY) return false
        for (let i = 0; i < v.length; i++) {
          const x = v[i]
          const t = typeof x
          if (t === 'object' && x !== null) {
            used += 2
            if (!walk(x, depth + 1)) return false
          } else if (t === 'bigint') return false
          else used += 1 + (x === undefined || t === 'function' || t === 'symbol' ? 4 : size(x))
          if (used > MAX_BYTES) return false
        }
        return true
      }
      const proto = Object.getPrototypeOf(v)
      if (proto !== OBJECT && proto !== null) return false
      for (const key in v) {
        const x = v[key]
        const t = typeof x
        if (t === 'object' && x !== null) {
          used += key.length + 4
          if (!walk(x, depth + 1)) return false
        } else if (t === 'bigint') return false
        else if (x !== undefined && t !== 'function' && t !== 'symbol') used += key.length + 3 + size(x)
        if (used > MAX_BYTES) return false
      }
      return true
    }
    if (typeof value !== 'object' || value === null) return false
    try {
      return walk(value, 1)
    } catch (e) {
      return false
    }
  }

  /**
   * The JSON text of a JS value, exactly as `JSON.stringify` writes it (so an object is read as its
   * text would be: `NaN` and `Infinity` are `null`, `undefined` members are left out), produced
   * under the input limits: a replacer counts a lower bound of the text's bytes and the nesting,
   * and stops the conversion as soon as one passes its limit (the core checks the exact size of
   * the text). `undefined` when the value has no JSON text (`undefined`, a function). Plain data
   * within the limits (`plainWithin`) is written by a plain `JSON.stringify`: the same text, without
   * a call into JavaScript per value.
   */
  function boundedJson(value, code, what) {
    if (plainWithin(value)) return JSON.stringify(value)
    // The holders from the root's wrapper down to the value being written: `JSON.stringify` goes
    // depth first, so the caller's holder is on this stack and its index is the depth.
    const holders = []
    const arrays = []
    let used = 0
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
