// Benchmark (budget: Node `validate(object)` ≤ 15 µs median on a ~2 KB description).
// Usage: node bench.mjs [rounds]. Prints the median µs per call of `validate(object)` and
// `validate(string)`, and of the pieces of the object path, so a regression can be located.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const clusterfit = require('./index.js')
const native = require('./native.js')

// A complete, realistic ~2 KB description (every section present, so every rule runs).
const DOC = {
  schemaVersion: 1,
  name: 'prod-ml',
  provider: 'aws',
  kubernetes: { version: '1.30', distribution: 'eks', containerRuntime: 'containerd', fargate: false },
  availabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
  network: {
    vpcCidr: '10.0.0.0/21',
    subnets: [
      { name: 'private-a', cidr: '10.0.0.0/24', type: 'private', zone: 'us-east-1a', tags: { 'kubernetes.io/role/internal-elb': '1' } },
      { name: 'private-b', cidr: '10.0.1.0/24', type: 'private', zone: 'us-east-1b', tags: { 'kubernetes.io/role/internal-elb': '1' } },
      { name: 'private-c', cidr: '10.0.2.0/24', type: 'private', zone: 'us-east-1c', tags: { 'kubernetes.io/role/internal-elb': '1' } },
      { name: 'public', cidr: '10.0.7.240/28', type: 'public', zone: 'us-east-1a', tags: { 'kubernetes.io/role/elb': '1' } },
    ],
    dnsSupport: true,
    dnsHostnames: true,
    cni: 'aws-vpc-cni',
    networkPolicy: 'calico',
    serviceCidr: '172.20.0.0/16',
    maxPodsPerNode: 58,
    peeredCidrs: ['10.20.0.0/16'],
  },
  nodePools: [
    { name: 'platform', role: 'platform', instanceType: 'm5.2xlarge', cpu: 8, memory: 32, bootDisk: 128, additionalDisk: 100, minNodes: 3, maxNodes: 3, zones: ['us-east-1a', 'us-east-1b', 'us-east-1c'] },
    { name: 'compute', role: 'compute', instanceType: 'm5.4xlarge', cpu: 16, memory: '64Gi', bootDisk: 400, additionalDisk: 100, minNodes: 3, maxNodes: 10 },
    { name: 'gpu', role: 'gpu', instanceType: 'p3.2xlarge', cpu: 8, memory: 61, gpus: 1, bootDisk: 400, additionalDisk: 100, minNodes: 0, maxNodes: 3 },
    { name: 'deployment', role: 'deployment', cpu: 8, memory: 32, bootDisk: 128, additionalDisk: 100, minNodes: 3, maxNodes: 6 },
  ],
  storage: { blockClass: 'kfs', sharedClass: 'kfs-shared' },
  storageClasses: [
    { metadata: { name: 'kfs' }, provisioner: 'ebs.csi.aws.com', parameters: { type: 'gp3' }, volumeBindingMode: 'WaitForFirstConsumer', allowVolumeExpansion: true, reclaimPolicy: 'Delete' },
    { metadata: { name: 'kfs-shared' }, provisioner: 'efs.csi.aws.com', volumeBindingMode: 'Immediate', reclaimPolicy: 'Retain' },
  ],
  objectStorage: { backups: { type: 's3', bucket: 'acme-ml-backups' }, blob: { type: 's3', bucket: 'acme-ml-blobs' } },
  ingress: {
    fqdn: 'ml.example.com',
    existingInstalls: ['data-science.example.com'],
    tls: { certificateSans: ['ml.example.com', '*.example.com'] },
    loadBalancer: {
      tlsTermination: true,
      listeners: [{ port: 80, targetPort: 80 }, { port: 443, targetPort: 80 }],
      websockets: true,
      xForwardedProto: true,
      healthCheck: { protocol: 'HTTP', port: 80, path: '/healthz' },
    },
  },
  addons: { superset: true, airbyte: false },
  ntp: true,
}

/**
 * Median µs per call of each row, as wall time and as this process's CPU time (the CPU time is
 * less disturbed when other processes share the machine). Every round runs a batch of every row
 * in turn, so a change of machine load during the run touches all rows alike.
 */
function medians(rows, rounds, batch = 200) {
  for (const [, f] of rows) for (let i = 0; i < 2000; i++) f()
  const wall = rows.map(() => [])
  const cpu = rows.map(() => [])
  for (let r = 0; r < rounds; r++) {
    rows.forEach(([, f], k) => {
      const c0 = process.cpuUsage()
      const t0 = process.hrtime.bigint()
      for (let i = 0; i < batch; i++) f()
      wall[k].push(Number(process.hrtime.bigint() - t0) / batch / 1000)
      const c = process.cpuUsage(c0)
      cpu[k].push((c.user + c.system) / batch)
    })
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  return rows.map((_, k) => [median(wall[k]), median(cpu[k])])
}

const rounds = Number(process.argv[2] ?? 200)
const text = JSON.stringify(DOC)
const report = native.validateJson(text, '')
const rows = [
  ['validate(object)', () => clusterfit.validate(DOC)],
  ['validate(string)', () => clusterfit.validate(text)],
  ['  JSON.stringify(doc)', () => JSON.stringify(DOC)],
  ['  native validateJson (text in, report text out)', () => native.validateJson(text, '')],
  ['  JSON.parse(report)', () => JSON.parse(report)],
]
console.log(`document: ${text.length} bytes of JSON; report: ${report.length} bytes; ${rounds} rounds of 200 calls`)
console.log(`${'median µs per call'.padEnd(52)} ${'wall'.padStart(8)} ${'cpu'.padStart(8)}`)
const m = medians(rows, rounds)
const f = (x) => x.toFixed(2).padStart(8)
rows.forEach(([name], k) => console.log(`${name.padEnd(52)} ${f(m[k][0])} ${f(m[k][1])}`))
console.log(`${'binding overhead: validate(object) − native call'.padEnd(52)} ${f(m[0][0] - m[3][0])} ${f(m[0][1] - m[3][1])}`)
