// Checks the hand-written index.d.ts against real output: real reports, rules, profiles, cidrInfo
// and planSubnets answers are written into a TypeScript file as object literals typed with the
// package's types, and `tsc --strict --exactOptionalPropertyTypes` must accept them (object
// literals get excess-property checks, so an undeclared key fails too). The package is resolved
// by name through its conditional `exports`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cf from '../pkg/node/index.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TSC = join(ROOT, 'tests', 'node_modules', 'typescript', 'bin', 'tsc');
const WORK = join(ROOT, 'target', 'wasm-types');

const DOCS = [
  { provider: 'aws', kubernetes: { version: '1.30' }, network: { vpcCidr: '10.0.0.0/22' } },
  {
    provider: 'aws',
    kubernetes: { version: '1.30' },
    availabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
    network: {
      vpcCidr: '10.0.0.5/21',
      vpcCdir: 'typo',
      subnets: [
        { name: 'a', cidr: '10.0.0.0/24', type: 'private', zone: 'us-east-1a' },
        { cidr: '10.0.9.0/28', type: 'public' },
      ],
    },
    nodePools: [{ name: 'p', role: 'platform', cpu: 'x', memory: '32Gi', minNodes: 3, maxNodes: 1 }],
    storageClasses: [{ metadata: { name: 'kfs' }, provisioner: 'ebs.csi.aws.com' }],
    ingress: { fqdn: 'ML.Example.com.' },
    ntp: false,
  },
  { kubernetes: {} },
];

test('index.d.ts matches real output (tsc --strict)', { skip: !existsSync(TSC) && 'typescript is not installed (npm ci --prefix tests)' }, () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(WORK, 'node_modules'), { recursive: true });
  symlinkSync(join(ROOT, 'wasm', 'pkg'), join(WORK, 'node_modules', 'clusterfit-wasm'), 'dir');
  writeFileSync(
    join(WORK, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        noEmit: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2022', 'dom'],
        types: [],
      },
      files: ['usage.mts'],
    }),
  );
  const lit = (v) => JSON.stringify(v, null, 1);
  const plans = [
    cf.planSubnets('10.0.0.0/21', 3),
    cf.planSubnets('10.0.0.0/21', 3, { zoneNames: ['us-east-1a', 'us-east-1b', 'us-east-1c'], provider: 'aws' }),
    cf.planSubnets('10.1.0.0/16', 1, { provider: 'gcp', profile: 'domino', privatePrefix: 22 }),
    cf.planSubnets('172.16.0.0/20', 3, { provider: 'onprem', profile: { extends: 'katonic', name: 'mine' } }),
  ].map(lit);
  const reports = DOCS.map((d) => lit(cf.validate(d, { profile: 'domino', strict: true })));
  writeFileSync(
    join(WORK, 'usage.mts'),
    `import init, { validate, rules, profiles, cidrInfo, planSubnets, schema, version, ClusterfitError,
  _forceInternalError } from 'clusterfit-wasm';
import type { Report, Finding, Severity, Summary, Options, Ignore, RuleInfo, CidrInfo, SubnetPlan,
  PlannedSubnet, PlanOptions, NetworkSubnet, Profile, CustomProfile, Provider, ErrorCode } from 'clusterfit-wasm';

// Real output, typed: excess or mistyped keys fail the check.
const reports: Report[] = [${reports.join(',\n')}];
const ruleList: RuleInfo[] = ${lit(cf.rules())};
const profileList: Profile[] = ${lit(cf.profiles())};
const info: CidrInfo = ${lit(cf.cidrInfo('10.0.0.5/21'))};
const plans: SubnetPlan[] = [${plans.join(',\n')}];

// The API as a user writes it.
await init();
const custom: CustomProfile = { extends: 'katonic', name: 'small', network: { vpcMaxPrefix: 22 }, zones: { allowedCounts: [1, 2, 3] },
  nodePools: { roles: { gpu: { gpus: 2 } } }, severity: { ntp: 'error' }, addons: { airbyte: null } };
const options: Options = { profile: 'domino', disable: ['node-os'], ignore: [{ rule: 'node-cpu', path: '/nodePools/2' }],
  severity: { 'storage-ssd': 'error', ntp: 'off' }, failOn: 'warning', strict: true };
const ignore: Ignore = { path: '/network' };
const r: Report = validate('{}', options);
const r2: Report = validate({ provider: 'aws' }, { profile: custom });
const r3: Report = validate({ provider: 'aws' }, null);
const f: Finding | undefined = r.findings[0];
const s: Severity | undefined = f?.severity;
const hint: string | undefined = f?.hint;
const sum: Summary = r2.summary;
const v: string = version;
const sch: Record<string, unknown> = schema();
const planOptions: PlanOptions = { profile: custom, provider: 'azure', zoneNames: ['1', '2', '3'], privatePrefix: 23 };
const p: SubnetPlan = planSubnets('10.0.0.0/21', 3, planOptions);
const first: PlannedSubnet | undefined = p.subnets[0];
const cidrs: string[] = p.subnets.filter((n) => n.type === 'private').map((n) => n.cidr);
const provider: Provider = p.provider;
const network: { vpcCidr: string; subnets: NetworkSubnet[] } = p.network;
const tags: Record<string, string> | undefined = network.subnets[0]?.tags;
const doc = { provider: p.provider, kubernetes: { version: '1.30' }, availabilityZones: p.availabilityZones, network: p.network };
const r4: Report = validate(doc);
const rl: RuleInfo[] = rules();
const pl: Profile[] = profiles();
const vpcMax: number | undefined = pl[0]?.network.vpcMaxPrefix;
const ci: CidrInfo = cidrInfo('10.0.0.0/21');
try { _forceInternalError(); } catch (e) {
  if (e instanceof ClusterfitError) { const code: ErrorCode = e.code; const m: string = e.message; void code; void m; }
}
// @ts-expect-error zoneNames is a list
const badPlan: PlanOptions = { zoneNames: 'a,b,c' };
// @ts-expect-error not a provider
const badProvider: PlanOptions = { provider: 'ibm' };
// @ts-expect-error a custom profile has no such section
const badProfile: CustomProfile = { extends: 'katonic', netwrk: {} };
void [reports, ruleList, profileList, info, plans, ignore, s, hint, sum, v, sch, p, first, cidrs, provider, tags, r3, r4, rl, pl,
  vpcMax, ci, badPlan, badProvider, badProfile];
`,
  );
  try {
    execFileSync(process.execPath, [TSC, '-p', WORK], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    assert.fail(`tsc rejected real output against index.d.ts:\n${e.stdout}${e.stderr}`);
  }
});
