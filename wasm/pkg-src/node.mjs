// clusterfit-wasm, Node build as an ES module: the same instance as node/index.cjs.
import cjs from './index.cjs';

export default cjs.default;
export const {
  initSync,
  version,
  validate,
  rules,
  profiles,
  schema,
  cidrInfo,
  planSubnets,
  describe,
  _forceInternalError,
  _forceOutOfMemory,
  ClusterfitError,
} = cjs;
