// clusterfit-wasm, web build: `await init()` once, then call the functions.
import initGlue, { initSync as initGlueSync } from './clusterfit_wasm.js';
import * as glue from './clusterfit_wasm.js';
import { ClusterfitError, makeApi } from './api.js';

let api = null;
/** The clusterfit version; set by `init()`. */
export let version;

function ready(exports) {
  api = makeApi(glue, exports, glue.__reinstantiate);
  version = api.version;
}

function loaded() {
  if (api === null) {
    throw new Error('clusterfit-wasm: call `await init()` before using the web build');
  }
  return api;
}

export default async function init(input) {
  if (api === null) ready(await initGlue(input === undefined ? undefined : { module_or_path: input }));
}

export function initSync(module) {
  if (api === null) ready(initGlueSync({ module }));
}

export const validate = (doc, options) => loaded().validate(doc, options);
export const rules = () => loaded().rules();
export const profiles = () => loaded().profiles();
export const schema = () => loaded().schema();
export const cidrInfo = (cidr) => loaded().cidrInfo(cidr);
export const planSubnets = (vpc, zones, options) => loaded().planSubnets(vpc, zones, options);
export const describe = (kind, text, options) => loaded().describe(kind, text, options);
export const _forceInternalError = () => loaded()._forceInternalError();
export const _forceOutOfMemory = () => loaded()._forceOutOfMemory();
export { ClusterfitError };
