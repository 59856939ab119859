#!/usr/bin/env node
'use strict';
/**
 * `npm run validate [-- manifest.xml] [--offline]`
 *
 * An offline structural check of the add-in manifest, because Microsoft's `office-addin-manifest
 * validate` needs the internet (it posts the file to a web service). It checks what breaks a manifest in
 * practice: resids that resolve to no resource (or to the wrong kind), duplicate ids, non-HTTPS URLs,
 * labels too long for the ribbon or the store, missing ky-KG / ru-RU overrides, and icon files that are
 * missing or not the size they are declared at. Then it tries Microsoft's validator with a timeout; a
 * network failure there is reported as skipped, and the exit code is the structural result.
 */
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { setTimeout, clearTimeout } = require('timers');

const LIMITS = {
  displayName: 125,
  description: 250,
  shortString: 125,
  longString: 250,
  /** Ribbon labels wrap badly past this; Office's own Home-tab labels stay well under it. */
  ribbonLabel: 32,
};
const REQUIRED_LOCALES = ['ky-KG', 'ru-RU'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which resource collection a resid on each element must point into. */
const RESID_KIND = {
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
};

function parseXml(text) {
  // jsdom is already a dev dependency (Jest's DOM); its DOMParser is a real namespace-aware XML parser.
  const { JSDOM } = require('jsdom');
  const { DOMParser } = new JSDOM('').window;
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent.trim().split('\n')[0]}`);
  return doc;
}

function elements(root) {
  return Array.from(root.getElementsByTagName('*'));
}

function byLocalName(root, name) {
  return elements(root).filter((e) => e.localName === name);
}

function describe(el) {
  const id = el.getAttribute('id');
  return id ? `<${el.localName} id="${id}">` : `<${el.localName}>`;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(buffer) {
  const signature = '89504e470d0a1a0a';
  if (buffer.length < 24 || buffer.subarray(0, 8).toString('hex') !== signature) return null;
  if (buffer.subarray(12, 16).toString('ascii') !== 'IHDR') return null;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/**
 * The structural check. `manifestDir` is where the add-in's files sit relative to the manifest (the repo
 * root for the source manifest, dist/ for the built one); URLs under the add-in's base map onto it.
 * Returns the problems found, each a sentence that names the element and what to change.
 */
function checkManifest(text, manifestDir) {
  const errors = [];
  let doc;
  try {
    doc = parseXml(text);
  } catch (e) {
    return { errors: [e.message] };
  }
  const root = doc.documentElement;
  if (root.localName !== 'OfficeApp') errors.push(`the root element is <${root.localName}>, expected <OfficeApp>`);
  const xsiType = root.getAttribute('xsi:type');
  if (xsiType !== 'TaskPaneApp') errors.push(`<OfficeApp> xsi:type is "${xsiType}", expected "TaskPaneApp"`);

  const first = (name) => byLocalName(root, name)[0];
  const id = first('Id');
  if (!id || !GUID.test(id.textContent.trim())) errors.push('<Id> must be a GUID');
  const version = first('Version');
  if (!version || !/^\d+(\.\d+){0,3}$/.test(version.textContent.trim())) errors.push('<Version> must look like 1.0.0.0');
  if (!first('DefaultLocale')) errors.push('<DefaultLocale> is missing');
  if (!first('ProviderName') || !first('ProviderName').textContent.trim()) errors.push('<ProviderName> is missing');
  const permissions = first('Permissions');
  if (!permissions || permissions.textContent.trim() !== 'ReadWriteDocument') {
    errors.push('<Permissions> must be ReadWriteDocument (the add-in writes templates and marks)');
  }
  const hosts = byLocalName(root, 'Host').filter((h) => h.parentNode === first('Hosts'));
  if (!hosts.some((h) => h.getAttribute('Name') === 'Workbook')) errors.push('<Hosts> must name the Workbook host');

  checkLocalized(first('DisplayName'), 'DisplayName', LIMITS.displayName, errors);
  checkLocalized(first('Description'), 'Description', LIMITS.description, errors);

  // Every URL anywhere (attribute or text) must be HTTPS; namespace declarations are names, not URLs.
  for (const el of elements(root)) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name === 'xmlns' || attr.name.startsWith('xmlns:')) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attr.value) && !attr.value.startsWith('https://')) {
        errors.push(`${describe(el)} ${attr.name}="${attr.value}" is not an HTTPS URL`);
      }
    }
    if (el.children.length === 0) {
      const value = el.textContent.trim();
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.startsWith('https://')) {
        errors.push(`${describe(el)} "${value}" is not an HTTPS URL`);
      }
    }
  }

  // Resources: ids unique across all collections, strings within their limits, overrides for each locale.
  const resources = new Map();
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
    const collection = byLocalName(root, kind)[0];
    if (!collection) continue;
    for (const item of Array.from(collection.children)) {
      const rid = item.getAttribute('id');
      if (!rid) {
        errors.push(`a resource in <bt:${kind}> has no id`);
        continue;
      }
      if (resources.has(rid)) errors.push(`resource id "${rid}" is used twice`);
      resources.set(rid, { kind, el: item });
      if (kind === 'ShortStrings') checkLocalized(item, `short string "${rid}"`, LIMITS.shortString, errors);
      if (kind === 'LongStrings') checkLocalized(item, `long string "${rid}"`, LIMITS.longString, errors);
    }
  }

  // resids resolve, and to the right kind of resource.
  for (const el of elements(root)) {
    const resid = el.getAttribute('resid');
    if (resid === null) continue;
    const target = resources.get(resid);
    const expected = RESID_KIND[el.localName];
    if (!target) {
      errors.push(`${describe(el.parentNode)} <${el.localName} resid="${resid}"> points to no resource`);
    } else if (expected && target.kind !== expected) {
      errors.push(`<${el.localName} resid="${resid}"> points to a ${target.kind} resource, expected ${expected}`);
    }
    if (el.localName === 'Label' && target && target.kind === 'ShortStrings') {
      const parent = el.parentNode.localName;
      if (parent === 'Group' || parent === 'Control') {
        for (const [locale, value] of localizedValues(target.el)) {
          if (value.length > LIMITS.ribbonLabel) {
            errors.push(
              `the ribbon label "${resid}" (${locale}) is ${value.length} characters; keep it to ${LIMITS.ribbonLabel}: "${value}"`,
            );
          }
        }
      }
    }
  }

  // Control, group and tab ids: unique (Office refuses to load duplicate command ids).
  const seen = new Set();
  for (const el of elements(root)) {
    if (!['Group', 'Control', 'CustomTab'].includes(el.localName)) continue;
    const cid = el.getAttribute('id');
    if (!cid) errors.push(`a <${el.localName}> has no id`);
    else if (seen.has(cid)) errors.push(`the id "${cid}" is used by two ribbon elements`);
    else seen.add(cid);
  }
  for (const fn of byLocalName(root, 'FunctionName')) {
    if (!/^[A-Za-z_$][\w$.]*$/.test(fn.textContent.trim())) errors.push(`<FunctionName> "${fn.textContent}" is not a function name`);
  }

  checkIcons(root, resources, manifestDir, errors);
  return { errors };
}

/** [locale, value] for the default and each override of a localised element. */
function localizedValues(el) {
  const values = [['default', el.getAttribute('DefaultValue') || '']];
  for (const o of Array.from(el.children).filter((c) => c.localName === 'Override')) {
    values.push([o.getAttribute('Locale') || '?', o.getAttribute('Value') || '']);
  }
  return values;
}

function checkLocalized(el, name, limit, errors) {
  if (!el) {
    errors.push(`<${name}> is missing`);
    return;
  }
  for (const [locale, value] of localizedValues(el)) {
    if (!value.trim()) errors.push(`${name} (${locale}) is empty`);
    if (value.length > limit) errors.push(`${name} (${locale}) is ${value.length} characters; the limit is ${limit}`);
  }
  const locales = localizedValues(el).map(([l]) => l);
  for (const locale of REQUIRED_LOCALES) {
    if (!locales.includes(locale)) errors.push(`${name} has no ${locale} override`);
  }
}

/** The add-in's base URL: the folder the task pane is served from. */
function baseUrl(root) {
  const source = byLocalName(root, 'SourceLocation').find((e) => e.getAttribute('DefaultValue'));
  if (!source) return null;
  const url = source.getAttribute('DefaultValue');
  return url.slice(0, url.lastIndexOf('/') + 1);
}

function checkIcons(root, resources, manifestDir, errors) {
  const base = baseUrl(root);
  const declared = []; // [url, size, where]
  for (const img of byLocalName(root, 'Image')) {
    const size = img.getAttribute('size');
    const target = resources.get(img.getAttribute('resid') || '');
    if (size && target) declared.push([target.el.getAttribute('DefaultValue'), Number(size), `<bt:Image resid="${img.getAttribute('resid')}">`]);
  }
  const icon = byLocalName(root, 'IconUrl')[0];
  if (icon) declared.push([icon.getAttribute('DefaultValue'), 32, '<IconUrl>']);
  const hiRes = byLocalName(root, 'HighResolutionIconUrl')[0];
  if (hiRes) declared.push([hiRes.getAttribute('DefaultValue'), 64, '<HighResolutionIconUrl>']);

  for (const [url, size, where] of declared) {
    if (!url || !base || !url.startsWith(base)) {
      errors.push(`${where}: ${url} is not under the add-in's base URL ${base}, so its size cannot be checked`);
      continue;
    }
    const file = path.join(manifestDir, decodeURI(url.slice(base.length)));
    if (!fs.existsSync(file)) {
      errors.push(`${where}: the icon file ${path.relative(process.cwd(), file)} does not exist`);
      continue;
    }
    const actual = pngSize(fs.readFileSync(file));
    if (!actual) errors.push(`${where}: ${path.relative(process.cwd(), file)} is not a PNG`);
    else if (actual.width !== size || actual.height !== size) {
      errors.push(`${where}: ${path.relative(process.cwd(), file)} is ${actual.width}x${actual.height}, declared as ${size}x${size}`);
    }
  }
}

/** Runs Microsoft's validator; resolves to 'passed', 'failed' or 'skipped' (with why). */
function runOfficeValidator(file, timeoutMs) {
  return new Promise((resolve) => {
    const bin = path.join(__dirname, '..', 'node_modules', '.bin', 'office-addin-manifest');
    if (!fs.existsSync(bin)) return resolve({ status: 'skipped', why: 'office-addin-manifest is not installed' });
    const child = spawn(bin, ['validate', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      child.kill();
      resolve({ status: 'skipped', why: `no answer within ${timeoutMs / 1000} s (no network?)` });
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const networkError = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|fetch failed|network|getaddrinfo|Unable to contact/i;
      if (code === 0 && /manifest is valid/i.test(output)) resolve({ status: 'passed', output });
      else if (networkError.test(output)) resolve({ status: 'skipped', why: 'the validation service could not be reached', output });
      else if (code === 0) resolve({ status: 'passed', output });
      else resolve({ status: 'failed', output });
    });
  });
}

async function main(argv) {
  const offline = argv.includes('--offline') || process.env.TOBOKEL_OFFLINE === '1';
  const file = argv.find((a) => !a.startsWith('--')) || 'manifest.xml';
  if (!fs.existsSync(file)) {
    console.error(`validate-manifest: ${file} does not exist`);
    return 2;
  }
  const { errors } = checkManifest(fs.readFileSync(file, 'utf8'), path.dirname(path.resolve(file)));
  if (errors.length) {
    console.error(`${file}: ${errors.length} problem(s) found by the structural check:`);
    for (const e of errors) console.error(`  - ${e}`);
    return 1;
  }
  console.log(`${file}: structural check passed (resids, ids, HTTPS URLs, label lengths, locales, icon sizes).`);
  if (offline) {
    console.log('office-addin-manifest validate: skipped (--offline).');
    return 0;
  }
  const office = await runOfficeValidator(file, 30000);
  if (office.status === 'passed') {
    console.log('office-addin-manifest validate: passed.');
    return 0;
  }
  if (office.status === 'skipped') {
    console.log(`office-addin-manifest validate: skipped, ${office.why}. The structural check above is the result.`);
    return 0;
  }
  console.error('office-addin-manifest validate: failed:');
  console.error(office.output);
  return 1;
}

module.exports = { checkManifest, pngSize };

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
