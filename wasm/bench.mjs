// Per-call time of clusterfit-wasm `validate` in Node and in headless Chromium (the budget:
// ≤ 15 µs median), on a ~2 KB cluster description. After `make build-wasm`:
//   node wasm/bench.mjs            (Node only: add --browser for Chromium too)
//   node wasm/bench.mjs --pkg DIR  (another build of the package, e.g. a copy of wasm/pkg kept to
//                                   compare with)
//   node wasm/bench.mjs --against DIR  (this package and the one in DIR in the same process, batch
//                                   by batch in turn, so that a change of load touches both alike)
// The document: the largest fixtures/examples/*.json of 1–4 KB, else the built-in one below.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkgAt = process.argv.indexOf('--pkg');
const PKG = pkgAt > 0 ? resolve(process.argv[pkgAt + 1]) : join(ROOT, 'wasm', 'pkg');
const cf = await import(pathToFileURL(join(PKG, 'node', 'index.mjs')).href);
const againstAt = process.argv.indexOf('--against');
const AGAINST = againstAt > 0 ? resolve(process.argv[againstAt + 1]) : null;
const other = AGAINST && (await import(pathToFileURL(join(AGAINST, 'node', 'index.mjs')).href));

const BUILT_IN = {
  name: 'prod-ml', provider: 'aws',
  kubernetes: { version: '1.30', containerRuntime: 'containerd' },
  availabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
  network: {
    vpcCidr: '10.0.0.0/21', cni: 'aws-vpc-cni', serviceCidr: '172.20.0.0/16', maxPodsPerNode: 58,
    dnsSupport: true, dnsHostnames: true,
    subnets: [
      { name: 'private-a', cidr: '10.0.0.0/24', type: 'private', zone: 'us-east-1a', tags: { 'kubernetes.io/role/internal-elb': '1' } },
      { name: 'private-b', cidr: '10.0.1.0/24', type: 'private', zone: 'us-east-1b', tags: { 'kubernetes.io/role/internal-elb': '1' } },
      { name: 'private-c', cidr: '10.0.2.0/24', type: 'private', zone: 'us-east-1c', tags: { 'kubernetes.io/role/internal-elb': '1' } },
      { name: 'public', cidr: '10.0.7.240/28', type: 'public', zone: 'us-east-1a', tags: { 'kubernetes.io/role/elb': '1' } },
    ],
  },
  nodePools: ['platform', 'compute', 'deployment', 'vectordb'].map((role) => ({
    name: role, role, instanceType: 'm5.2xlarge', cpu: 8, memory: '32Gi', bootDisk: 128, additionalDisk: 100,
    minNodes: 3, maxNodes: 3, zones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
  })),
  storage: { blockClass: 'kfs', sharedClass: 'kfs-shared' },
  storageClasses: [
    { metadata: { name: 'kfs' }, provisioner: 'ebs.csi.aws.com', parameters: { type: 'gp3' }, volumeBindingMode: 'WaitForFirstConsumer', allowVolumeExpansion: true },
    { metadata: { name: 'kfs-shared' }, provisioner: 'efs.csi.aws.com', volumeBindingMode: 'Immediate' },
  ],
  objectStorage: { backups: { type: 's3', bucket: 'acme-ml-backups' } },
  ingress: {
    fqdn: 'ml.example.com', tls: { certificateSans: ['ml.example.com', '*.example.com'] },
    loadBalancer: { tlsTermination: true, listeners: [{ port: 80, targetPort: 80 }, { port: 443, targetPort: 80 }], websockets: true },
  },
  addons: { superset: true, airbyte: false },
  ntp: true,
};

function pickDocument() {
  const dir = join(ROOT, 'fixtures', 'examples');
  if (existsSync(dir)) {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
      .map((f) => join(dir, f))
      .filter((f) => statSync(f).size >= 1024 && statSync(f).size <= 4096)
      .sort((a, b) => statSync(b).size - statSync(a).size);
    if (files.length) return { from: files[0], doc: JSON.parse(readFileSync(files[0], 'utf8')) };
  }
  return { from: 'built-in document (wasm/bench.mjs)', doc: BUILT_IN };
}

// The measuring loop, run in Node and (as source text) in the page: median per call over
// `rounds` batches of `batch` calls, in µs.
function measure(api, doc, rounds, batch) {
  const text = JSON.stringify(doc);
  const median = (f) => {
    for (let i = 0; i < batch * 20; i++) f(); // warm up
    const t = [];
    for (let r = 0; r < rounds; r++) {
      const s = performance.now();
      for (let i = 0; i < batch; i++) f();
      t.push(((performance.now() - s) * 1000) / batch);
    }
    t.sort((a, b) => a - b);
    return Math.round(t[t.length >> 1] * 100) / 100;
  };
  return {
    'validate(object)': median(() => api.validate(doc)),
    'validate(string)': median(() => api.validate(text)),
    'JSON.stringify(doc) alone': median(() => JSON.stringify(doc)),
    'JSON.parse(report) alone': median(() => JSON.parse(JSON.stringify(api.validate(text)))) - median(() => JSON.stringify(api.validate(text))),
  };
}

// Two packages alternated batch by batch: median per call of each, in µs.
function alternate(api, against, doc, rounds, batch) {
  const text = JSON.stringify(doc);
  const calls = {
    'validate(object)': () => api.validate(doc),
    'validate(string)': () => api.validate(text),
    'against validate(object)': () => against.validate(doc),
    'against validate(string)': () => against.validate(text),
  };
  const times = {};
  for (const [name, f] of Object.entries(calls)) {
    times[name] = [];
    for (let i = 0; i < batch * 20; i++) f(); // warm up
  }
  for (let r = 0; r < rounds; r++) {
    for (const [name, f] of Object.entries(calls)) {
      const s = performance.now();
      for (let i = 0; i < batch; i++) f();
      times[name].push(((performance.now() - s) * 1000) / batch);
    }
  }
  const result = {};
  for (const [name, t] of Object.entries(times)) {
    t.sort((a, b) => a - b);
    result[name] = Math.round(t[t.length >> 1] * 100) / 100;
  }
  return result;
}

const { from, doc } = pickDocument();
const bytes = JSON.stringify(doc).length;
const findings = cf.validate(doc).findings.length;
console.log(`document: ${from} (${bytes} bytes of JSON, ${findings} findings); package: ${PKG}`);
if (AGAINST) {
  if (JSON.stringify(other.validate(doc)) !== JSON.stringify(cf.validate(doc))) throw new Error('the two packages give different reports');
  console.log(`against: ${AGAINST}`);
}
console.log('node     ', JSON.stringify(AGAINST ? alternate(cf, other, doc, 200, 50) : measure(cf, doc, 200, 50)));

if (process.argv.includes('--browser')) {
  const { launchChromium } = await import('../tests/e2e/chromium.mjs');
  const { startServer } = await import('./demo/serve.mjs');
  const mounts = { '/': join(ROOT, 'tests', 'conformance', 'page'), '/pkg/': PKG };
  if (AGAINST) mounts['/against/'] = AGAINST;
  const { server, url } = await startServer(mounts);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    const result = await page.evaluate(
      async ([source, docJson, both]) => {
        const api = await import('/pkg/web/index.js');
        await api.default();
        const measureIn = new Function(`return (${source})`)();
        if (!both) return measureIn(api, JSON.parse(docJson), 200, 50);
        const against = await import('/against/web/index.js');
        await against.default();
        // Batches of 100: the page's clock has a grain of 100 µs.
        return measureIn(api, against, JSON.parse(docJson), 100, 100);
      },
      [(AGAINST ? alternate : measure).toString(), JSON.stringify(doc), Boolean(AGAINST)],
    );
    console.log('chromium ', JSON.stringify(result));
  } finally {
    await browser.close();
    server.close();
  }
}
