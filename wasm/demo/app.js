// The cluster request form: builds a cluster description from the fields, validates it with the
// clusterfit WebAssembly build on every change, and shows each finding next to the field its
// `path` (a JSON Pointer) names — or the nearest enclosing field, or the general list.
//
// While the user types in a text field, that field's own syntax findings (`invalid-cidr`,
// `invalid-value`, `invalid-type`) wait until they pause (PAUSE_MS) or leave the field: `10.0.` is
// not an error yet, it is a CIDR being typed. Every other finding stays live on each keystroke.
// Inside the tables a finding names the column (`vCPU is …`), not the JSON path.
import init, { validate, planSubnets, describe as describeCluster, version } from '/pkg/web/index.js';

const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];
const form = $('#request');

// Rows: table body id → JSON list path and row template.
const LISTS = {
  subnets: { path: '/network/subnets', template: '#subnet-row' },
  pools: { path: '/nodePools', template: '#pool-row' },
  classes: { path: '/storageClasses', template: '#class-row' },
};
const ADD = { subnet: 'subnets', pool: 'pools', class: 'classes' };

/** Rules about the syntax of one field's own value: held back while that field is being typed. */
const SYNTAX = new Set(['invalid-cidr', 'invalid-value', 'invalid-type']);
/** How long a typing pause lasts before a field's syntax findings show (milliseconds). */
export const PAUSE_MS = 600;

const START = {
  subnets: [
    { name: 'private-a', cidr: '10.0.0.0/24', type: 'private', zone: 'us-east-1a' },
    { name: 'private-b', cidr: '10.0.1.0/24', type: 'private', zone: 'us-east-1b' },
    { name: 'private-c', cidr: '10.0.2.0/24', type: 'private', zone: 'us-east-1c' },
    { name: 'public', cidr: '10.0.7.240/28', type: 'public', zone: 'us-east-1a' },
  ],
  pools: [
    { name: 'platform', role: 'platform', instanceType: 'm5.2xlarge', bootDisk: '128', additionalDisk: '100', minNodes: '3', maxNodes: '3' },
    { name: 'compute', role: 'compute', instanceType: 'm5.2xlarge', bootDisk: '128', additionalDisk: '100', minNodes: '3', maxNodes: '6' },
    { name: 'deployment', role: 'deployment', instanceType: 'm5.2xlarge', bootDisk: '128', additionalDisk: '100', minNodes: '3', maxNodes: '3' },
    { name: 'vectordb', role: 'vectordb', instanceType: 'm5.2xlarge', bootDisk: '128', additionalDisk: '100', minNodes: '3', maxNodes: '3' },
  ],
  classes: [
    { 'metadata.name': 'kfs', provisioner: 'ebs.csi.aws.com', volumeBindingMode: 'WaitForFirstConsumer' },
    { 'metadata.name': 'kfs-shared', provisioner: 'efs.csi.aws.com', volumeBindingMode: 'Immediate' },
  ],
};

// ---------------------------------------------------------------------------------------------
// Rows

function addRow(list, values = {}) {
  const body = $(`#${list}`);
  const row = $(LISTS[list].template).content.firstElementChild.cloneNode(true);
  for (const el of $$('[data-key]', row)) {
    if (values[el.dataset.key] !== undefined) el.value = values[el.dataset.key];
  }
  $('.remove', row).addEventListener('click', () => {
    row.remove();
    renumber(list);
    check();
  });
  body.append(row);
  renumber(list);
  return row;
}

/** Gives each row and cell its absolute JSON Pointer (`/nodePools/2/cpu`). */
function renumber(list) {
  $$(`#${list} > tr`).forEach((row, i) => {
    const base = `${LISTS[list].path}/${i}`;
    row.dataset.path = base;
    for (const cell of $$('.field', row)) {
      cell.dataset.rel ??= cell.dataset.path;
      cell.dataset.path = `${base}/${cell.dataset.rel}`;
    }
  });
}

// ---------------------------------------------------------------------------------------------
// The document: only what the form says (absent means unknown to clusterfit)

const text = (id) => $(id).value.trim();

/** A number when the field holds one, else the text (the core reads quantities like `32Gi`). */
function amount(value) {
  if (value === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

function setKey(obj, dotted, value) {
  const keys = dotted.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = o[k] ??= {};
  o[keys[keys.length - 1]] = value;
}

function rows(list) {
  return $$(`#${list} > tr`).map((row) => {
    const item = {};
    for (const el of $$('[data-key]', row)) {
      const raw = el.value.trim();
      const value = el.dataset.kind ? amount(raw) : raw === '' ? undefined : raw;
      if (value !== undefined) setKey(item, el.dataset.key, value);
    }
    return item;
  });
}

export function describe() {
  const doc = { provider: $('#provider').value, kubernetes: {} };
  if (text('#k8s-version') !== '') doc.kubernetes.version = text('#k8s-version');
  const zones = text('#zones').split(',').map((z) => z.trim()).filter(Boolean);
  if (zones.length) doc.availabilityZones = zones;
  const network = {};
  if (text('#vpc-cidr') !== '') network.vpcCidr = text('#vpc-cidr');
  const subnets = rows('subnets');
  if (subnets.length) network.subnets = subnets;
  if (Object.keys(network).length) doc.network = network;
  // An empty pool table is a statement (no pools), not an unknown: node-pool-missing says so.
  doc.nodePools = rows('pools');
  const classes = rows('classes');
  if (classes.length) doc.storageClasses = classes;
  if (text('#fqdn') !== '') doc.ingress = { fqdn: text('#fqdn') };
  doc.addons = { superset: $('#addon-superset').checked, airbyte: $('#addon-airbyte').checked };
  doc.ntp = $('#ntp').checked;
  return doc;
}

// ---------------------------------------------------------------------------------------------
// Findings next to their fields

/** The element for a JSON Pointer: the exact `data-path`, else the nearest enclosing one. */
function placeFor(path) {
  let p = path;
  while (p !== '') {
    const el = document.querySelector(`[data-path="${CSS.escape(p)}"]`);
    // A finding about a whole table row goes into the row's first cell.
    if (el?.tagName === 'TR') return $('td.field', el);
    if (el) return el;
    p = p.slice(0, p.lastIndexOf('/'));
  }
  return null;
}

/** `/nodePools/0/metadata/name` → `nodePools[0].metadata.name` (how messages name a field). */
export function dotted(pointer) {
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    out += /^\d+$/.test(seg) ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  }
  return out;
}

/**
 * Inside a table row, `nodePools[0].cpu` in a message becomes the column label (`vCPU`): the row
 * is where the user looks, the JSON name means nothing there.
 */
function withLabels(text, place) {
  const row = place?.closest?.('tr[data-path]');
  if (!row) return text;
  const base = dotted(row.dataset.path);
  const labels = new Map($$('td.field[data-label]', row).map((td) => [`${base}.${td.dataset.rel.replaceAll('/', '.')}`, td.dataset.label]));
  return text.replace(/`([^`]+)`/g, (all, name) => labels.get(name) ?? (name === base ? 'this row' : all));
}

function findingItem(f, place) {
  const li = document.createElement('li');
  li.className = `finding ${f.severity}`;
  li.dataset.rule = f.rule;
  li.dataset.findingPath = f.path;
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.textContent = f.severity;
  const msg = document.createElement('span');
  msg.className = 'message';
  renderCode(msg, withLabels(f.message, place));
  // The space lets a narrow cell break the line between the badge and the message.
  li.append(badge, ' ', msg);
  if (f.hint) {
    const hint = document.createElement('span');
    hint.className = 'hint';
    renderCode(hint, withLabels(f.hint, place));
    li.append(hint);
  }
  const rule = document.createElement('code');
  rule.className = 'rule';
  rule.textContent = f.rule;
  li.append(rule);
  return li;
}

/**
 * Messages put user values in backticks: show them as code (as text, never as HTML). Long values
 * (`ebs.csi.aws.com`, CIDRs) may wrap after a `.`, `/` or `-`, never inside a word.
 */
function renderCode(el, s) {
  s.split('`').forEach((part, i) => {
    if (i % 2 === 1) {
      const c = document.createElement('code');
      part.split(/(?<=[./-])/).forEach((piece, j) => {
        if (j > 0) c.append(document.createElement('wbr'));
        c.append(piece);
      });
      el.append(c);
    } else if (part) {
      el.append(part);
    }
  });
}

function clearFindings() {
  for (const el of $$('.field-findings, .catalog')) el.remove();
  for (const el of $$('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const el of $$('[data-severity]')) delete el.dataset.severity;
  for (const el of $$('[data-catalog]')) {
    el.placeholder = '';
    delete el.dataset.catalog;
  }
  $('#general').replaceChildren();
}

const RANK = { info: 0, warning: 1, error: 2 };

/** The field being typed in (its JSON Pointer) until the user pauses or leaves it, else null. */
let typing = null;
let pauseTimer;
let lastReport = null;

/** A syntax finding of the field being typed in waits for the pause. */
function heldBack(f) {
  return typing !== null && SYNTAX.has(f.rule) && (f.path === typing || f.path.startsWith(`${typing}/`));
}

function show(report) {
  lastReport = report;
  clearFindings();
  let n = 0;
  let held = 0;
  for (const f of report.findings) {
    if (heldBack(f)) {
      held++;
      continue;
    }
    const place = placeFor(f.path);
    if (place === null) {
      $('#general').append(findingItem(f, null));
      continue;
    }
    let list = $(':scope > .field-findings', place);
    if (!list) {
      list = document.createElement('ul');
      list.className = 'findings field-findings';
      list.id = `findings-${n++}`;
      place.append(list);
      const input = $(':scope > input, :scope > select', place) ?? $('input, select', place);
      if (input && place.classList.contains('field')) {
        input.setAttribute('aria-describedby', list.id);
      }
    }
    list.append(findingItem(f, place));
    if (RANK[f.severity] > (RANK[place.dataset.severity] ?? -1)) place.dataset.severity = f.severity;
    if (f.severity === 'error') {
      const input = $(':scope > input, :scope > select', place);
      if (input) input.setAttribute('aria-invalid', 'true');
    }
  }
  document.body.dataset.heldBack = String(held);
  showCatalog(report.facts);
  $('#general-empty').hidden = $('#general').children.length > 0;
  const { errors, warnings, infos } = report.summary;
  const plural = (k, w) => `${k} ${w}${k === 1 ? '' : 's'}`;
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` + (infos ? `, ${plural(infos, 'note')}` : '');
  const summary = $('#summary');
  summary.className = `summary ${report.valid ? 'ok' : 'bad'}`;
  summary.textContent = report.valid
    ? `Meets the ${report.profile} requirements — ${counts}`
    : `Does not meet the ${report.profile} requirements — ${counts}`;
  const { ran, lackingData } = report.coverage;
  const lacked = lackingData.length;
  $('#coverage').textContent =
    `${plural(ran, 'rule')} ran, ${lacked} lacked data` +
    (lacked && !$('#strict').checked ? ' (strict lists what is missing)' : '');
  $('#coverage').title = lacked ? `Lacked data: ${lackingData.join(', ')}` : '';
}

/**
 * A pool whose size comes from the instance catalog (facts.nodePools[].fromInstanceCatalog)
 * shows it under the instance type, and the catalog values as placeholders of the empty fields.
 */
function showCatalog(facts) {
  for (const pool of facts?.nodePools ?? []) {
    const from = pool.fromInstanceCatalog ?? [];
    if (!from.length) continue;
    const row = $(`#pools > tr:nth-child(${pool.index + 1})`);
    if (!row) continue;
    // Only what the catalog filled in: an explicit value is the user's own.
    const parts = [];
    if (from.includes('cpu')) parts.push(`${pool.cpu} vCPU`);
    if (from.includes('memory')) parts.push(`${pool.memoryGiB} GiB`);
    if (from.includes('gpus') && pool.gpus) parts.push(`${pool.gpus} GPU`);
    const note = document.createElement('p');
    note.className = 'catalog';
    note.textContent = `${parts.join(' · ')} (catalog)`;
    $('[data-rel="instanceType"]', row)?.append(note);
    const values = { cpu: pool.cpu, memory: pool.memoryGiB, gpus: pool.gpus };
    for (const key of from) {
      const input = $(`[data-key="${key}"]`, row);
      if (input && values[key] !== undefined) {
        input.placeholder = String(values[key]);
        input.dataset.catalog = 'true';
      }
    }
  }
}

function showError(e) {
  clearFindings();
  const summary = $('#summary');
  summary.className = 'summary bad';
  summary.textContent = `Cannot check this request: ${e.message}${e.code ? ` (${e.code})` : ''}`;
}

export function options() {
  const opts = { profile: $('#profile').value };
  if ($('#strict').checked) opts.strict = true;
  return opts;
}

export function check() {
  try {
    show(validate(describe(), options()));
  } catch (e) {
    showError(e);
  }
}

/** Typing in a text field holds back its syntax findings until a pause or until it loses focus. */
function typed(e) {
  const input = e.target;
  const isText = input instanceof HTMLInputElement && input.type !== 'checkbox' && e.type === 'input';
  const field = input.closest?.('[data-path]');
  clearTimeout(pauseTimer);
  if (isText && field) {
    typing = field.dataset.path;
    pauseTimer = setTimeout(paused, PAUSE_MS);
  } else {
    typing = null;
  }
  check();
}

function paused() {
  clearTimeout(pauseTimer);
  if (typing === null) return;
  typing = null;
  if (lastReport) show(lastReport);
}

// ---------------------------------------------------------------------------------------------
// Copy and download the description (JSON, YAML)

/** Plain YAML scalars: words, dotted names, zone names; anything else is double-quoted. */
const PLAIN = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|y|n|null|~)$/i;

function scalar(v) {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = String(v);
  // A JSON string is a valid YAML double-quoted scalar.
  return PLAIN.test(s) && !RESERVED.test(s) ? s : JSON.stringify(s);
}

const isObject = (v) => v !== null && typeof v === 'object';
const isEmpty = (v) => (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);

/**
 * A small YAML writer for what the form describes (objects, arrays, strings, numbers, booleans):
 * block style, two-space indent, list items as `- `. `toYaml(JSON.parse(json))` reads back as the
 * same value in any YAML 1.2 reader (clusterfit's own included).
 */
export function toYaml(value, indent = '') {
  if (!isObject(value)) return `${scalar(value)}\n`;
  if (isEmpty(value)) return `${Array.isArray(value) ? '[]' : '{}'}\n`;
  let out = '';
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isObject(item) && !isEmpty(item)) {
        // The item's first line goes after the dash; the rest indented to line up with it.
        const body = toYaml(item, `${indent}  `);
        out += `${indent}- ${body.slice(indent.length + 2)}`;
      } else {
        out += `${indent}- ${toYaml(item).trimEnd()}\n`;
      }
    }
    return out;
  }
  for (const [key, v] of Object.entries(value)) {
    const k = PLAIN.test(key) && !RESERVED.test(key) ? key : JSON.stringify(key);
    if (isObject(v) && !isEmpty(v)) out += `${indent}${k}:\n${toYaml(v, `${indent}  `)}`;
    else out += `${indent}${k}: ${toYaml(v).trimEnd()}\n`;
  }
  return out;
}

/** The description as text: `json` (two-space indent) or `yaml`. */
export function describeAs(format) {
  const doc = describe();
  return format === 'yaml' ? toYaml(doc) : `${JSON.stringify(doc, null, 2)}\n`;
}

function say(text, ok = true) {
  const m = $('#tool-message');
  m.textContent = text;
  m.className = `tool-message ${ok ? 'ok' : 'bad'}`;
}

async function copy(format) {
  try {
    await navigator.clipboard.writeText(describeAs(format));
    say(`Copied as ${format.toUpperCase()}`);
  } catch (e) {
    say(`Could not copy: ${e.message}`, false);
  }
}

function download(format) {
  const type = format === 'yaml' ? 'application/yaml' : 'application/json';
  const url = URL.createObjectURL(new Blob([describeAs(format)], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `cluster.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  say(`Downloaded cluster.${format}`);
}

// ---------------------------------------------------------------------------------------------
// Plan subnets

/**
 * Zone names for a plan: the form's zones. A plan always has private subnets in at least two
 * zones (EKS needs two), so a single zone `us-east-1a` gets a second name `us-east-1b`; without a
 * name to build on, the planner's defaults (`zone-a`, `zone-b`) are used.
 */
function planZoneNames(zones) {
  if (zones.length !== 1) return zones.length ? zones : undefined;
  const m = /^(.*?)([a-y])$/.exec(zones[0]);
  return m ? [zones[0], m[1] + String.fromCharCode(m[2].charCodeAt(0) + 1)] : undefined;
}

/** Fills the subnet rows (and the zones, when the form had none) from `planSubnets`. */
function plan() {
  const message = $('#plan-message');
  message.hidden = true;
  message.replaceChildren();
  const zones = text('#zones').split(',').map((z) => z.trim()).filter(Boolean);
  try {
    const options = { profile: $('#profile').value, provider: $('#provider').value };
    const zoneNames = planZoneNames(zones);
    if (zoneNames) options.zoneNames = zoneNames;
    const result = planSubnets(text('#vpc-cidr'), zones.length || 3, options);
    $('#subnets').replaceChildren();
    for (const s of result.subnets) {
      addRow('subnets', { name: s.name, cidr: s.cidr, type: s.type, zone: s.zone });
    }
    $('#vpc-cidr').value = result.vpc;
    if (!zones.length) $('#zones').value = result.availabilityZones.join(', ');
    const priv = result.subnets.filter((s) => s.type === 'private');
    const pub = result.subnets.length - priv.length;
    const free = result.free.reduce((n, c) => n + 2 ** (32 - Number(c.split('/')[1])), 0);
    message.className = 'plan-message ok';
    renderCode(
      message,
      `Planned ${priv.length} private ${priv[0]?.cidr.replace(/^.*\//, '/')} subnets and ${pub} public ` +
        `${pub === 1 ? 'subnet' : 'subnets'} in \`${result.vpc}\`; ${free} addresses left free.`,
    );
  } catch (e) {
    message.className = 'plan-message bad';
    renderCode(message, `Could not plan subnets: ${e.message}`);
  }
  message.hidden = false;
  check();
}

// ---------------------------------------------------------------------------------------------
// Import: `describe` turns kubectl, eksctl (JSON) or terraform output into a description, which
// fills the form; its notes are listed under the button.

function importCluster() {
  const notes = $('#import-notes');
  notes.replaceChildren();
  notes.hidden = false;
  const say = (message, cls) => {
    const li = document.createElement('li');
    if (cls) li.className = cls;
    renderCode(li, message);
    notes.append(li);
  };
  let out;
  try {
    out = describeCluster($('#import-kind').value, $('#import-text').value);
  } catch (e) {
    say(`Could not import: ${e.message}`, 'bad');
    return;
  }
  const d = out.description;
  if (d.provider) $('#provider').value = d.provider;
  $('#k8s-version').value = d.kubernetes?.version ?? '';
  $('#zones').value = (d.availabilityZones ?? []).join(', ');
  $('#vpc-cidr').value = d.network?.vpcCidr ?? '';
  const fill = (list, items, pick) => {
    $(`#${list}`).replaceChildren();
    for (const item of items ?? []) addRow(list, pick(item));
  };
  fill('subnets', d.network?.subnets, (s) => ({ name: s.name, cidr: s.cidr, type: s.type, zone: s.zone }));
  fill('pools', d.nodePools, (p) => ({
    name: p.name, role: p.role, cpu: p.cpu, memory: p.memory, bootDisk: p.bootDisk,
    additionalDisk: p.additionalDisk, minNodes: p.minNodes, maxNodes: p.maxNodes,
  }));
  fill('classes', d.storageClasses, (c) => ({
    'metadata.name': c.metadata?.name, provisioner: c.provisioner, volumeBindingMode: c.volumeBindingMode,
  }));
  const count = (n, what) => `${n} ${what}${n === 1 ? '' : 'es'.slice(what.endsWith('s') ? 0 : 1)}`;
  say(`Imported ${count(d.nodePools?.length ?? 0, 'node pool')} and ${count(d.storageClasses?.length ?? 0, 'storage class')}.`, 'ok');
  for (const n of out.notes) say(`${n.path || '(description)'}: ${n.message}`);
  check();
}

// ---------------------------------------------------------------------------------------------

async function main() {
  for (const [list, values] of Object.entries(START)) for (const v of values) addRow(list, v);
  for (const b of $$('[data-add]')) {
    b.addEventListener('click', () => {
      const row = addRow(ADD[b.dataset.add]);
      $('input, select', row)?.focus();
      check();
    });
  }
  $('#plan-subnets').addEventListener('click', plan);
  $('#import-run').addEventListener('click', importCluster);
  // The plan message describes the last click: editing what it was planned from hides it.
  for (const id of ['#vpc-cidr', '#zones', '#provider', '#profile']) {
    $(id).addEventListener('input', () => ($('#plan-message').hidden = true));
  }
  try {
    await init();
  } catch (e) {
    $('#summary').textContent = `Could not load the checker: ${e.message}`;
    return;
  }
  $('#version').textContent = `clusterfit ${version}`;
  form.addEventListener('input', typed);
  form.addEventListener('change', typed);
  // Leaving the field ends the pause at once.
  form.addEventListener('focusout', (e) => {
    if (typing !== null && e.target.closest?.('[data-path]')?.dataset.path === typing) paused();
  });
  $('#strict').addEventListener('change', check);
  for (const b of $$('[data-copy]')) b.addEventListener('click', () => copy(b.dataset.copy));
  for (const b of $$('[data-download]')) b.addEventListener('click', () => download(b.dataset.download));
  form.addEventListener('submit', (e) => e.preventDefault());
  check();
  document.body.dataset.ready = 'true';
}

main();
