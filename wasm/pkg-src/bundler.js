// clusterfit-wasm, bundler build (webpack `asyncWebAssembly` and other bundlers that import
// .wasm as ES modules): ready on import; `init()` is a no-op kept for a uniform API.
import * as glue from './clusterfit_wasm.js';
import * as exports from './clusterfit_wasm_bg.wasm';
import { ClusterfitError, makeApi } from './api.js';

const api = makeApi(glue, exports);

export default async function init() {}
export function initSync() {}
export const version = api.version;
export const { validate, rules, profiles, schema, cidrInfo, planSubnets, describe, _forceInternalError, _forceOutOfMemory } =
  api;
export { ClusterfitError };
