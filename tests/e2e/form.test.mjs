// The request form (wasm/demo/) as a user meets it, in headless Debian chromium: typing a CIDR is
// not an error until the user pauses or leaves the field; table findings name the column; the
// provider switch shows provider-mismatch beside each field; an empty pool list is an error; the
// instance catalog, strict toggle, copy/download (JSON, YAML) and the sticky summary.
// Screenshots for review: target/form-*.png.
//   node --test tests/e2e/   (after `make build-wasm`)
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { demoMounts, startServer } from '../../wasm/demo/serve.mjs';
import * as cf from '../../wasm/pkg/node/index.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHOTS = join(ROOT, 'target');
const VPC = '[data-path="/network/vpcCidr"]';
let browser, server, page, url;
const pageErrors = [];

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const started = await startServer(demoMounts());
  server = started.server;
  url = started.url;
  browser = await launchChromium();
  page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
    acceptDownloads: true,
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
});

beforeEach(async () => {
  await page.goto(url);
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

/** `rule path` of every finding shown on the page. */
async function shown() {
  return page.$$eval('.finding', (items) => items.map((li) => `${li.dataset.rule} ${li.dataset.findingPath}`));
}

test('a partial CIDR shows nothing while typing; the finding comes after the pause', async () => {
  await typeInto('#vpc-cidr', '10.0.');
  // Synchronously after the last key: the syntax finding waits, the rest of the report is live.
  assert.equal(await page.locator(`${VPC} .finding`).count(), 0);
  assert.equal(await page.getAttribute('body', 'data-held-back'), '1');
  assert.equal(await page.getAttribute('#vpc-cidr', 'aria-invalid'), null);
  // The user pauses: the finding appears.
  const item = page.locator(`${VPC} .finding[data-rule="invalid-cidr"]`);
  await item.waitFor({ timeout: 3000 });
  assert.equal(await item.locator('.message').textContent(), 'network.vpcCidr is 10.0., not a valid CIDR');
  assert.equal(await page.getAttribute('#vpc-cidr', 'aria-invalid'), 'true');
  await page.screenshot({ path: join(SHOTS, 'form-cidr-paused.png') });

  // Typing again hides it until the next pause; finishing the CIDR leaves nothing to show.
  await page.locator('#vpc-cidr').pressSequentially('0.0/21');
  assert.equal(await page.locator(`${VPC} .finding`).count(), 0);
  await page.waitForTimeout(800);
  assert.equal(await page.locator(`${VPC} .finding`).count(), 0);
  assert.deepEqual(pageErrors, []);
});

test('leaving the field shows its syntax finding at once', async () => {
  await typeInto('#vpc-cidr', '10.0.1');
  assert.equal(await page.locator(`${VPC} .finding`).count(), 0);
  await page.keyboard.press('Tab');
  // No waiting: blur ends the pause.
  assert.equal(await page.locator(`${VPC} .finding[data-rule="invalid-cidr"]`).count(), 1);
});

test('other findings stay live while typing', async () => {
  // fqdn-invalid is not a syntax finding of the field: it shows on the keystroke that causes it.
  await typeInto('#fqdn', 'ml..example.com');
  assert.equal(await page.locator('[data-path="/ingress/fqdn"] .finding[data-rule="fqdn-invalid"]').count(), 1);
  // A subnet outside the VPC shows while the subnet CIDR is still focused.
  await typeInto('#subnets > tr:nth-child(1) [data-key="cidr"]', '10.9.0.0/24');
  assert.equal(await page.locator('[data-path="/network/subnets/0/cidr"] .finding[data-rule="subnet-outside-vpc"]').count(), 1);
});

/** Words of the plain text of `.finding .message` split across lines (text nodes only, not code). */
async function brokenWords(selector) {
  return page.$$eval(selector, (items) => {
    const broken = [];
    for (const li of items) {
      const walker = document.createTreeWalker(li.querySelector('.message'), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest('code')) continue;
        for (const m of node.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  });
}

test('a finding in a table cell names the column label and wraps between words', async () => {
  const cpu = '#pools > tr:nth-child(2) [data-key="cpu"]';
  await typeInto(cpu, 'lots');
  await page.keyboard.press('Tab');
  const cell = page.locator('[data-path="/nodePools/1/cpu"] .finding[data-rule="invalid-value"]');
  assert.equal(await cell.locator('.message').textContent(), 'vCPU is lots, not a Kubernetes quantity');
  const memory = '#pools > tr:nth-child(3) [data-key="memory"]';
  await typeInto(memory, '32 GB');
  await page.keyboard.press('Tab');
  assert.equal(
    await page.locator('[data-path="/nodePools/2/memory"] .finding .message').textContent(),
    'Memory is 32 GB, not a Kubernetes quantity',
  );
  // No JSON name of a pool field anywhere in the table.
  const tableText = await page.textContent('#pools');
  assert.doesNotMatch(tableText, /nodePools\[\d+\]/);
  assert.deepEqual(await brokenWords('td .finding'), []);
  await page.locator('#h-pools').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'form-table-labels.png') });
});

test('switching the provider to azure shows provider-mismatch beside each AWS value', async () => {
  assert.deepEqual((await shown()).filter((s) => s.startsWith('provider-mismatch')), []);
  await page.selectOption('#provider', 'azure');
  const beside = async (path) =>
    page.locator(`[data-path="${path}"] > .field-findings > .finding[data-rule="provider-mismatch"]`).count();
  assert.equal(await beside('/availabilityZones'), 3, 'one per AWS zone name');
  for (let i = 0; i < 4; i++) assert.equal(await beside(`/nodePools/${i}/instanceType`), 1, `pool ${i}`);
  for (let i = 0; i < 4; i++) assert.equal(await beside(`/network/subnets/${i}/zone`), 1, `subnet ${i}`);
  assert.equal(await beside('/storageClasses/0/provisioner'), 1);
  assert.equal(await beside('/storageClasses/1/provisioner'), 1);
  assert.equal(
    await page.locator('[data-path="/nodePools/0/instanceType"] .finding .message').textContent(),
    'instance type m5.2xlarge of node pool platform is an AWS type, but provider is azure',
  );
  assert.deepEqual(await brokenWords('td .finding'), []);
  await page.locator('#h-pools').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'form-azure.png') });
  await page.selectOption('#provider', 'aws');
  assert.deepEqual((await shown()).filter((s) => s.startsWith('provider-mismatch')), []);
  assert.deepEqual(pageErrors, []);
});

test('removing every node pool shows node-pool-missing at the pool list', async () => {
  while ((await page.locator('#pools > tr').count()) > 0) await page.click('#pools > tr:first-child button.remove');
  const missing = page.locator('[data-path="/nodePools"] > .field-findings > .finding[data-rule="node-pool-missing"]');
  assert.deepEqual(await missing.locator('.message').allTextContents(), [
    'no node pool has role platform, the katonic profile requires one',
    'no node pool has role compute, the katonic profile requires one',
  ]);
  assert.match(await page.textContent('#summary'), /^Does not meet the katonic requirements/);
  await page.locator('section[aria-labelledby="h-pools"]').screenshot({ path: join(SHOTS, 'form-no-pools.png') });
});

test('instance type: catalog sizes shown from the facts, explicit values win', async () => {
  const row = '#pools > tr:nth-child(1)';
  assert.equal(await page.textContent(`${row} .catalog`), '8 vCPU · 32 GiB (catalog)');
  assert.equal(await page.getAttribute(`${row} [data-key="cpu"]`, 'placeholder'), '8');
  assert.equal(await page.getAttribute(`${row} [data-key="memory"]`, 'placeholder'), '32');
  await typeInto(`${row} [data-key="cpu"]`, '16');
  assert.equal(await page.textContent(`${row} .catalog`), '32 GiB (catalog)');
  await typeInto(`${row} [data-key="instanceType"]`, 'n2-standard-16');
  assert.equal(await page.textContent(`${row} .catalog`), '64 GiB (catalog)');
  await typeInto(`${row} [data-key="instanceType"]`, 'unknown.size');
  assert.equal(await page.locator(`${row} .catalog`).count(), 0);
});

test('strict toggle: what lacked data becomes not-described findings; coverage stays in the summary', async () => {
  const coverage = await page.textContent('#coverage');
  const m = /^(\d+) rules ran, (\d+) lacked data/.exec(coverage);
  assert.ok(m, coverage);
  const report = cf.validate(await page.evaluate(async () => (await import('/app.js')).describe()));
  assert.equal(Number(m[1]), report.coverage.ran);
  assert.equal(Number(m[2]), report.coverage.lackingData.length);
  assert.ok(report.coverage.lackingData.length > 0, 'the start form leaves something out');
  assert.equal(await page.locator('.finding[data-rule="not-described"]').count(), 0);

  await page.check('#strict');
  const strict = cf.validate(await page.evaluate(async () => (await import('/app.js')).describe()), { strict: true });
  const expected = strict.findings.filter((f) => f.rule === 'not-described').map((f) => `not-described ${f.path}`);
  assert.ok(expected.length > 0);
  assert.deepEqual((await shown()).filter((s) => s.startsWith('not-described')), expected);
  await page.screenshot({ path: join(SHOTS, 'form-strict.png'), fullPage: true });
  await page.uncheck('#strict');
  assert.equal(await page.locator('.finding[data-rule="not-described"]').count(), 0);
});

test('the summary stays in view while the form scrolls', async () => {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  for (const id of ['#summary', '#coverage', '#strict', '#copy-yaml']) {
    const box = await page.locator(id).boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 900, `${id} in view: ${JSON.stringify(box)}`);
  }
  await page.screenshot({ path: join(SHOTS, 'form-sticky.png') });
});

test('toYaml: block style, quoted where YAML would read another type', async () => {
  const yaml = await page.evaluate(async () =>
    (await import('/app.js')).toYaml({
      provider: 'aws',
      kubernetes: { version: '1.30' },
      availabilityZones: ['us-east-1a', 'us-east-1b'],
      network: { vpcCidr: '10.0.0.0/21', subnets: [] },
      nodePools: [{ name: 'gpu', labels: { 'dominodatalab.com/node-pool': 'default-gpu', note: 'a: b' }, cpu: 8, memory: '32Gi' }],
      addons: { superset: false },
      ingress: {},
      words: ['yes', 'null', '', 'x #y'],
    }),
  );
  assert.equal(
    yaml,
    [
      'provider: aws',
      'kubernetes:',
      '  version: "1.30"',
      'availabilityZones:',
      '  - us-east-1a',
      '  - us-east-1b',
      'network:',
      '  vpcCidr: "10.0.0.0/21"',
      '  subnets: []',
      'nodePools:',
      '  - name: gpu',
      '    labels:',
      '      dominodatalab.com/node-pool: default-gpu',
      '      note: "a: b"',
      '    cpu: 8',
      '    memory: "32Gi"',
      'addons:',
      '  superset: false',
      'ingress: {}',
      'words:',
      '  - "yes"',
      '  - "null"',
      '  - ""',
      '  - "x #y"',
      '',
    ].join('\n'),
  );
});

/** Parses YAML with Python's PyYAML when it is there (the page itself has no YAML reader). */
function parseYaml(text) {
  const r = spawnSync('python3', ['-c', 'import json,sys,yaml; print(json.dumps(yaml.safe_load(sys.stdin.read())))'], { input: text, encoding: 'utf8' });
  return r.status === 0 ? JSON.parse(r.stdout) : undefined;
}

test('copy and download the description as JSON and as YAML', async () => {
  await page.selectOption('#provider', 'gcp');
  const doc = await page.evaluate(async () => (await import('/app.js')).describe());
  assert.equal(doc.provider, 'gcp');

  await page.click('#copy-json');
  await page.locator('#tool-message', { hasText: 'Copied as JSON' }).waitFor();
  const json = await page.evaluate(() => navigator.clipboard.readText());
  assert.deepEqual(JSON.parse(json), doc);
  assert.deepEqual(cf.validate(json), cf.validate(doc), 'the copied text is the description the form checks');

  await page.click('#copy-yaml');
  await page.locator('#tool-message', { hasText: 'Copied as YAML' }).waitFor();
  const yaml = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(yaml, /^provider: gcp\nkubernetes:\n {2}version: "1\.30"\n/);
  const parsed = parseYaml(yaml);
  if (parsed !== undefined) assert.deepEqual(parsed, doc, 'the YAML reads back as the JSON');

  for (const format of ['json', 'yaml']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#download-${format}`)]);
    assert.equal(download.suggestedFilename(), `cluster.${format}`);
    const text = readFileSync(await download.path(), 'utf8');
    assert.equal(text, format === 'json' ? json : yaml);
  }
  await page.locator('#tool-message', { hasText: 'Downloaded cluster.yaml' }).waitFor();
  assert.deepEqual(pageErrors, []);
});
