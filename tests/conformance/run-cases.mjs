// Runs conformance cases through a clusterfit JS API (the WASM build in Node or in a browser
// page; no Node built-ins here, so the page can import it). Protocol: docs/python.md
// ("Conformance harness"). `cases` are { id, options?, input? , inputText? } in order, or
// { id, describe: { kind, text, options? } } for an importer run; the answer maps each run's id
// to its result string.
export function runCases(api, cases) {
  const out = {};
  const run = (id, doc, options, describe) => {
    try {
      out[id] = JSON.stringify(
        describe ? api.describe(describe.kind, describe.text, describe.options) : api.validate(doc, options),
      );
    } catch (e) {
      if (!(e instanceof Error) || e.name !== 'ClusterfitError' || typeof e.code !== 'string') {
        throw new Error(`${id}: not a clusterfit error: ${e && e.stack ? e.stack : e}`);
      }
      out[id] = JSON.stringify({ error: { code: e.code, message: e.message } });
    }
  };
  for (const c of cases) {
    if (c.describe) {
      run(c.id, undefined, undefined, c.describe);
    } else if (typeof c.inputText === 'string') {
      run(`${c.id}~text`, c.inputText, c.options);
    } else {
      run(c.id, c.input, c.options);
      run(`${c.id}~text`, JSON.stringify(c.input), c.options);
    }
  }
  return out;
}
