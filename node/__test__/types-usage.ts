// Type-level usage of the package (checked by `tsc --noEmit -p __test__/tsconfig.json`).
import {
  validate, rules, profiles, schema, cidrInfo, planSubnets, version, ClusterfitError,
  type Report, type Finding, type Severity, type Options, type RuleInfo, type CidrInfo,
  type ErrorCode, type SubnetPlan, type PlannedSubnet, type PlanOptions, type NetworkSubnet, type Profile,
  type CustomProfile, type Provider, type ClusterDescription, type NodePool, _forceInternalError,
} from '..'

// An Express-style handler: validate a request body, answer 200 with the report or 400.
interface Req { body: unknown }
interface Res { status(code: number): Res; json(body: unknown): void }

export function checkCluster(req: Req, res: Res): void {
  const options: Options = { profile: 'domino', failOn: 'warning', ignore: [{ rule: 'node-os' }] }
  try {
    const report: Report = validate(req.body as object, options)
    const errors: Finding[] = report.findings.filter((f) => f.severity === 'error')
    const hints: Array<string | undefined> = errors.map((f) => f.hint)
    res.status(report.valid ? 200 : 422).json({ report, hints })
  } catch (e) {
    if (e instanceof ClusterfitError) {
      const code: ErrorCode = e.code
      res.status(code === 'INTERNAL' ? 500 : 400).json({ error: { code, message: e.message } })
      return
    }
    throw e
  }
}

const sev: Severity = validate('{}').findings[0]?.severity ?? 'info'
const ids: string[] = rules().map((r: RuleInfo) => r.id)
const names: string[] = profiles().map((p: Profile) => p.name)
const info: CidrInfo = cidrInfo('10.0.0.0/21')
const usable: number = info.usableCloud
const plan: SubnetPlan = planSubnets('10.0.0.0/21', 3)

// A plan for named zones, pasted into a document and validated.
const custom: CustomProfile = { extends: 'katonic', name: 'small', network: { vpcMaxPrefix: 22 }, addons: { airbyte: null } }
const planOptions: PlanOptions = { zoneNames: ['us-east-1a', 'us-east-1b', 'us-east-1c'], provider: 'aws', profile: custom }
const named: SubnetPlan = planSubnets('10.0.0.0/21', 3, planOptions)
const privateCidrs: string[] = named.subnets.filter((n: PlannedSubnet) => n.type === 'private').map((n) => n.cidr)
const provider: Provider = named.provider
const pasted: NetworkSubnet[] = named.network.subnets
const tags: Record<string, string> | undefined = pasted[0]?.tags
const planned: Report = validate({
  provider: named.provider,
  kubernetes: { version: '1.30' },
  availabilityZones: named.availabilityZones,
  network: named.network,
}, { profile: custom })
const vpcMax: number | undefined = profiles()[0]?.network.vpcMaxPrefix
export { privateCidrs, provider, tags, planned, vpcMax }
try {
  _forceInternalError()
} catch (e) {
  if (!(e instanceof ClusterfitError)) throw e
}
const v: string = version
const s: Record<string, unknown> = schema()
export { sev, ids, names, usable, plan, v, s }

// @ts-expect-error a severity level is not a finding severity
const bad: Severity = 'off'
// @ts-expect-error failOn takes error or warning only
const badOptions: Options = { failOn: 'info' }
// @ts-expect-error zoneNames is a list
const badPlan: PlanOptions = { zoneNames: 'a,b,c' }
// @ts-expect-error not a provider
const badProvider: PlanOptions = { provider: 'ibm' }
// @ts-expect-error a custom profile has no such section
const badProfile: CustomProfile = { extends: 'katonic', netwrk: {} }
export { bad, badOptions, badPlan, badProvider, badProfile }

// A document typed by the input's JSON Schema (generated types of the description).
const doc: ClusterDescription = {
  provider: 'aws',
  kubernetes: { version: '1.30', distribution: 'eks' },
  network: { vpcCidr: '10.0.0.0/21', subnets: [{ cidr: '10.0.0.0/24', type: 'private', zone: 'us-east-1a' }] },
  nodePools: [{ name: 'platform', role: 'platform', cpu: 8, memory: '32Gi', labels: { 'katonic.ai/node-pool': 'platform' } }],
  storageClasses: { kind: 'List', items: [{ metadata: { name: 'gp3', uid: 'x' }, provisioner: 'ebs.csi.aws.com' }] },
}
const checked: Report = validate(doc)
// @ts-expect-error not a role
const badPool: NodePool = { name: 'p', role: 'gpus' }
// @ts-expect-error a description needs `kubernetes`
const badDoc: ClusterDescription = { provider: 'aws' }
export { checked, badPool, badDoc }
