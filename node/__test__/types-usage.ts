// Type-level usage of the package (checked by `tsc --noEmit -p __test__/tsconfig.json`).
import {
  validate, rules, profiles, schema, cidrInfo, planSubnets, version, ClusterfitError,
  type Report, type Finding, type Severity, type Options, type RuleInfo, type CidrInfo,
  type ErrorCode, type SubnetPlan, type Profile,
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
const v: string = version
const s: Record<string, unknown> = schema()
export { sev, ids, names, usable, plan, v, s }

// @ts-expect-error a severity level is not a finding severity
const bad: Severity = 'off'
// @ts-expect-error failOn takes error or warning only
const badOptions: Options = { failOn: 'info' }
export { bad, badOptions }
