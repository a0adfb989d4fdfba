// The browser demo (wasm/demo/) in headless Debian chromium: findings appear next to the field
// their path names as the user types, and go away when fixed. Saves target/demo.png.
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

test('plan subnets shows a plan or a readable error, never a crash', async () => {
  await page.click('#plan-subnets');
  const message = page.locator('#plan-message');
  await message.waitFor({ state: 'visible' });
  assert.match(await message.textContent(), /^(Planned \d+ subnets|Could not plan subnets: .+)/);
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
