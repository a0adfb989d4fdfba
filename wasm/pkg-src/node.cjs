// clusterfit-wasm, Node build (CommonJS; `import` works too): ready on require; `init()` is a
// no-op kept for a uniform API.
'use strict';
const glue = require('./clusterfit_wasm.js');
const { ClusterfitError, makeApi } = require('./api.cjs');

const api = makeApi(glue, glue.__wasm, glue.__reinstantiate);

exports.default = async function init() {};
exports.initSync = function initSync() {};
exports.version = api.version;
exports.validate = api.validate;
exports.rules = api.rules;
exports.profiles = api.profiles;
exports.schema = api.schema;
exports.cidrInfo = api.cidrInfo;
exports.planSubnets = api.planSubnets;
exports.describe = api.describe;
exports._forceInternalError = api._forceInternalError;
exports._forceOutOfMemory = api._forceOutOfMemory;
exports.ClusterfitError = ClusterfitError;
