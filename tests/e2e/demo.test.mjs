// The browser demo (wasm/demo/) in headless Debian chromium: findings appear next to the field
// their path names as the user types, and go away when fixed; Plan subnets fills the subnet rows.
// Saves target/demo.png and target/demo-plan.png.
//   node --test tests/e2e/   (after `make build-wasm`)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { demoMounts, startServer } from '../../wasm/demo/serve.mjs';
import * as cf from '../../wasm/pkg/node/index.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VPC = '[data-path="/network/vpcCidr"]';
let browser, server, page;
const pageErrors = [];

before(async () => {
  const started = await startServer(demoMounts());
  server = started.server;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  await page.goto(started.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Replaces the text of an input the way a user does (one `input` event per key). */
async function typeInto(selector, text) {
  await page.fill(selector, '');
  await page.locator(selector).pressSequentially(text);
}

test('the demo loads the WebAssembly build and shows a summary', async () => {
  const summary = await page.textContent('#summary');
  assert.match(summary, /(Meets|Does not meet) the katonic requirements — \d+ errors?, \d+ warnings?/);
  assert.match(await page.textContent('#version'), new RegExp(`clusterfit ${cf.version}`));
  assert.equal(await page.getAttribute('#summary', 'aria-live'), 'polite');
  assert.deepEqual(pageErrors, []);
});

test('a bad CIDR is reported next to the VPC field, then cleared', async () => {
  await typeInto('#vpc-cidr', '10.0.0.0/33');
  const item = page.locator(`${VPC} .finding[data-rule="invalid-cidr"]`);
  await item.waitFor();
  assert.match(await item.textContent(), /10\.0\.0\.0\/33/);
  assert.equal(await page.getAttribute('#vpc-cidr', 'aria-invalid'), 'true');
  await typeInto('#vpc-cidr', '10.0.0.0/21');
  await page.locator(`${VPC} .finding`).first().waitFor({ state: 'detached' });
  assert.equal(await page.getAttribute('#vpc-cidr', 'aria-invalid'), null);
});

// vpc-cidr-size comes from the network rules; until they are in this core the rule is a skeleton
// that never fires, and this test says so (skipped) instead of failing. The fixtures test the rule.
const SMALL_VPC = { provider: 'aws', kubernetes: { version: '1.30' }, network: { vpcCidr: '10.0.0.0/22' } };
const expectedVpc = cf.validate(SMALL_VPC).findings.find((f) => f.rule === 'vpc-cidr-size');
const vpcRuleBuilt = expectedVpc !== undefined;

test('a /22 VPC shows vpc-cidr-size next to the field; /21 clears it', { skip: !vpcRuleBuilt && 'vpc-cidr-size is not implemented in this core yet' }, async () => {
  await typeInto('#vpc-cidr', '10.0.0.0/22');
  const item = page.locator(`${VPC} .finding[data-rule="vpc-cidr-size"]`);
  await item.waitFor();
  assert.ok((await item.textContent()).includes(expectedVpc.message.replaceAll('`', '')));
  assert.match(await page.textContent('#summary'), /Does not meet/);
  await page.screenshot({ path: join(ROOT, 'target', 'demo-vpc-22.png'), fullPage: false });
  await typeInto('#vpc-cidr', '10.0.0.0/21');
  await item.waitFor({ state: 'detached' });
  assert.equal(await page.locator(`${VPC} .finding[data-rule="vpc-cidr-size"]`).count(), 0);
});

test('rows: a finding on a node pool field lands in that cell; removing the row re-indexes', async () => {
  const cpu = '#pools > tr:nth-child(2) [data-key="cpu"]';
  await typeInto(cpu, 'lots');
  const cell = page.locator('[data-path="/nodePools/1/cpu"] .finding');
  await cell.first().waitFor();
  await typeInto(cpu, '8');
  await cell.first().waitFor({ state: 'detached' });
  const rows = await page.locator('#pools > tr').count();
  await page.click('button[data-add="pool"]');
  assert.equal(await page.locator('#pools > tr').count(), rows + 1);
  assert.equal(await page.getAttribute(`#pools > tr:nth-child(${rows + 1})`, 'data-path'), `/nodePools/${rows}`);
  // A new empty pool lacks its name and role: required-field findings in that row.
  await page.locator(`[data-path^="/nodePools/${rows}"] .finding`).first().waitFor();
  await page.click(`#pools > tr:nth-child(${rows + 1}) button.remove`);
  assert.equal(await page.locator('#pools > tr').count(), rows);
  await page.locator(`[data-path^="/nodePools/${rows}"] .finding`).first().waitFor({ state: 'detached' });
});

/** The subnet rows as `name cidr type zone` lines. */
async function subnetRows() {
  return page.$$eval('#subnets > tr', (rows) =>
    rows.map((row) => [...row.querySelectorAll('[data-key]')].map((el) => el.value).join(' ')),
  );
}

/** Findings on the page whose path starts with `prefix` (next to fields or in the general list). */
async function findingsUnder(prefix) {
  return page.$$eval('.finding', (items, p) =>
    items.filter((li) => li.dataset.findingPath.startsWith(p)).map((li) => `${li.dataset.rule} ${li.dataset.findingPath}`), prefix);
}

test('Plan subnets fills the subnet rows from planSubnets; no network finding remains', async () => {
  await page.selectOption('#profile', 'katonic');
  await page.selectOption('#provider', 'aws');
  await typeInto('#vpc-cidr', '10.0.0.0/21');
  await typeInto('#zones', 'us-east-1a, us-east-1b, us-east-1c');
  // Break the rows first: a subnet outside the VPC is a network finding.
  await typeInto('#subnets > tr:nth-child(1) [data-key="cidr"]', '10.0.8.0/24');
  await page.locator('[data-path^="/network/subnets/0"] .finding').first().waitFor();
  assert.ok((await findingsUnder('/network')).length > 0);

  await page.click('#plan-subnets');
  const message = page.locator('#plan-message');
  await message.waitFor({ state: 'visible' });
  assert.equal(
    await message.textContent(),
    'Planned 3 private /24 subnets and 1 public subnet in 10.0.0.0/21; 1264 addresses left free.',
  );
  assert.deepEqual(await subnetRows(), [
    'private-us-east-1a 10.0.0.0/24 private us-east-1a',
    'private-us-east-1b 10.0.1.0/24 private us-east-1b',
    'private-us-east-1c 10.0.2.0/24 private us-east-1c',
    'public-us-east-1a 10.0.7.240/28 public us-east-1a',
  ]);
  // The rows are the API's plan for the same call.
  const plan = cf.planSubnets('10.0.0.0/21', 3, {
    profile: 'katonic',
    provider: 'aws',
    zoneNames: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
  });
  assert.deepEqual(await subnetRows(), plan.subnets.map((n) => `${n.name} ${n.cidr} ${n.type} ${n.zone}`));
  assert.equal(await page.inputValue('#zones'), 'us-east-1a, us-east-1b, us-east-1c');
  assert.deepEqual(await findingsUnder('/network'), []);
  assert.deepEqual(await findingsUnder('/availabilityZones'), []);
  assert.equal(await page.locator('#subnets [aria-invalid]').count(), 0);
  mkdirSync(join(ROOT, 'target'), { recursive: true });
  await page.locator('#h-network').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ROOT, 'target', 'demo-plan.png'), fullPage: true });
  assert.deepEqual(pageErrors, []);
});

test('Plan subnets: empty zones get the planner\'s names; a /22 is a readable error', async () => {
  await typeInto('#zones', '');
  await page.click('#plan-subnets');
  await page.locator('#plan-message.ok').waitFor();
  assert.equal(await page.inputValue('#zones'), 'zone-a, zone-b, zone-c');
  assert.deepEqual((await subnetRows()).map((r) => r.split(' ')[0]), ['private-zone-a', 'private-zone-b', 'private-zone-c', 'public-zone-a']);

  // One zone: nodes in one zone, private subnets in two (the next zone letter).
  await typeInto('#zones', 'eu-west-1a');
  await page.click('#plan-subnets');
  await page.locator('#plan-message.ok').waitFor();
  assert.deepEqual(await subnetRows(), [
    'private-eu-west-1a 10.0.0.0/24 private eu-west-1a',
    'private-eu-west-1b 10.0.1.0/24 private eu-west-1b',
    'public-eu-west-1a 10.0.7.240/28 public eu-west-1a',
  ]);

  const before = await subnetRows();
  await typeInto('#vpc-cidr', '10.0.0.0/22');
  await page.click('#plan-subnets');
  const message = page.locator('#plan-message.bad');
  await message.waitFor();
  assert.equal(
    await message.textContent(),
    'Could not plan subnets: VPC 10.0.0.0/22 is smaller than /21: 1024 addresses, the katonic profile needs 2048',
  );
  assert.equal(await message.locator('code').textContent(), '10.0.0.0/22');
  assert.deepEqual(await subnetRows(), before, 'a failed plan leaves the rows alone');
  await typeInto('#vpc-cidr', '10.0.0.0/21');
  assert.equal(await page.isHidden('#plan-message'), true, 'an edit hides the message of the last plan');
  await typeInto('#zones', 'us-east-1a, us-east-1b, us-east-1c');
  await page.click('#plan-subnets');
  await page.locator('#plan-message.ok').waitFor();
  assert.equal((await subnetRows()).length, 4);
  assert.deepEqual(await findingsUnder('/network'), []);
  assert.deepEqual(pageErrors, []);
});

test('screenshot', async () => {
  mkdirSync(join(ROOT, 'target'), { recursive: true });
  await typeInto('#vpc-cidr', '10.0.0.0/22');
  await typeInto('#fqdn', 'ml..example.com');
  await page.waitForTimeout(100);
  await page.screenshot({ path: join(ROOT, 'target', 'demo.png'), fullPage: true });
  assert.deepEqual(pageErrors, []);
});

test('Import fills the form from an eksctl config (JSON) and lists the notes', async () => {
  const { readFileSync } = await import('node:fs');
  const json = readFileSync(join(ROOT, 'fixtures', 'import', 'eksctl', '04-existing-vpc.input.json'), 'utf8');
  await page.click('#import > summary');
  await page.selectOption('#import-kind', 'eksctl');
  await page.fill('#import-text', json);
  await page.click('#import-run');
  await page.locator('#import-notes li').first().waitFor();
  const expected = cf.describe('eksctl', json).description;
  assert.equal(await page.inputValue('#vpc-cidr'), expected.network.vpcCidr);
  assert.equal(await page.inputValue('#zones'), expected.availabilityZones.join(', '));
  assert.deepEqual(await subnetRows(), expected.network.subnets.map((n) => `${n.name} ${n.cidr} ${n.type} ${n.zone}`));
  assert.deepEqual(
    await page.$$eval('#pools > tr [data-key="name"]', (els) => els.map((e) => e.value)),
    expected.nodePools.map((p) => p.name),
  );
  const notes = await page.$$eval('#import-notes li', (els) => els.map((e) => e.textContent));
  assert.equal(notes[0], 'Imported 1 node pool and 0 storage classes.');
  assert.ok(notes.some((n) => n.includes('role other inferred for pool ng-1')), notes.join('\n'));
  // A YAML config is a readable error in this build (no YAML reader).
  await page.fill('#import-text', 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n');
  await page.click('#import-run');
  assert.match(await page.textContent('#import-notes li'), /Could not import: .*JSON only/);
  assert.deepEqual(pageErrors, []);
});
