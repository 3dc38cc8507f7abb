// Moves every user-facing string of package.json into package.nls.json and
// leaves a %key% in its place, so that package.nls.zh-cn.json can translate
// it. Idempotent: a string already a %key% stays; a new plain string (a
// command or setting added with an English title) gets a key derived from
// where it sits. Prints the keys package.nls.zh-cn.json still lacks.
//
//   node scripts/l10n-manifest.mjs           rewrite package.json and package.nls.json
//   node scripts/l10n-manifest.mjs --check   change nothing; exit 1 if a plain string is left
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const PREFIX = 'cpcRelations.';

/** Drops the extension's prefix from an id, so keys stay short: `cpcRelations.search` → `search`. */
const short = (id) => (id.startsWith(PREFIX) ? id.slice(PREFIX.length) : id);

/**
 * Every user-facing string of the manifest, as [holder, property, key]:
 * `holder[property]` is the string, `key` the name it gets in package.nls.json.
 */
export function userFacingStrings(manifest) {
  const found = [];
  const add = (holder, property, key) => {
    if (holder && typeof holder[property] === 'string') found.push([holder, property, key]);
  };
  add(manifest, 'displayName', 'displayName');
  add(manifest, 'description', 'description');
  const c = manifest.contributes ?? {};
  for (const [place, containers] of Object.entries(c.viewsContainers ?? {})) {
    for (const container of containers) add(container, 'title', `viewsContainers.${place}.${short(container.id)}.title`);
  }
  for (const views of Object.values(c.views ?? {})) {
    for (const view of views) {
      add(view, 'name', `view.${short(view.id)}.name`);
      add(view, 'contextualTitle', `view.${short(view.id)}.contextualTitle`);
    }
  }
  for (const command of c.commands ?? []) {
    add(command, 'title', `command.${short(command.command)}.title`);
    add(command, 'shortTitle', `command.${short(command.command)}.shortTitle`);
    // One category for all commands: one key, translated once.
    add(command, 'category', 'command.category');
  }
  for (const submenu of c.submenus ?? []) add(submenu, 'label', `submenu.${short(submenu.id)}.label`);
  const configurations = Array.isArray(c.configuration) ? c.configuration : c.configuration ? [c.configuration] : [];
  configurations.forEach((configuration, i) => {
    add(configuration, 'title', i === 0 ? 'configuration.title' : `configuration.${i}.title`);
    for (const [name, schema] of Object.entries(configuration.properties ?? {})) {
      const key = `config.${short(name)}`;
      for (const property of ['description', 'markdownDescription', 'patternErrorMessage', 'deprecationMessage', 'markdownDeprecationMessage']) {
        add(schema, property, `${key}.${property}`);
      }
      for (const list of ['enumDescriptions', 'markdownEnumDescriptions']) {
        // Keyed by the enum value, not the position: a value added in the middle keeps the others' keys.
        (schema[list] ?? []).forEach((_, k) => add(schema[list], k, `${key}.${list}.${schema.enum?.[k] ?? k}`));
      }
    }
  });
  for (const walkthrough of c.walkthroughs ?? []) {
    const key = `walkthrough.${walkthrough.id}`;
    add(walkthrough, 'title', `${key}.title`);
    add(walkthrough, 'description', `${key}.description`);
    for (const step of walkthrough.steps ?? []) {
      add(step, 'title', `${key}.step.${step.id}.title`);
      add(step, 'description', `${key}.step.${step.id}.description`);
      add(step.media, 'altText', `${key}.step.${step.id}.altText`);
    }
  }
  const welcomes = new Map();
  for (const welcome of c.viewsWelcome ?? []) {
    const base = `viewsWelcome.${short(welcome.view)}`;
    const n = welcomes.get(base) ?? 0;
    welcomes.set(base, n + 1);
    add(welcome, 'contents', n === 0 ? base : `${base}.${n + 1}`);
  }
  return found;
}

const PLACEHOLDER = /^%([^%\s]+)%$/;

/** Moves plain strings into `nls`; returns the keys moved and the plain strings whose key already holds other words. */
export function externalize(manifest, nls) {
  const moved = [];
  const changed = [];
  for (const [holder, property, key] of userFacingStrings(manifest)) {
    const value = holder[property];
    if (PLACEHOLDER.test(value)) continue;
    if (key in nls && nls[key] !== value) changed.push(key);
    nls[key] = value;
    holder[property] = `%${key}%`;
    moved.push(key);
  }
  return { moved, changed };
}

function readJson(file, fallback) {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : fallback;
}

function sorted(table) {
  return Object.fromEntries(Object.keys(table).sort().map((k) => [k, table[k]]));
}

function main() {
  const check = process.argv.includes('--check');
  const manifestFile = path.join(ROOT, 'package.json');
  const nlsFile = path.join(ROOT, 'package.nls.json');
  const manifest = readJson(manifestFile);
  const nls = readJson(nlsFile, {});
  const { moved, changed } = externalize(manifest, nls);
  if (check) {
    if (moved.length > 0) {
      console.error(`package.json has ${moved.length} user-facing string(s) not in package.nls.json: ${moved.join(', ')}.\nRun: node scripts/l10n-manifest.mjs`);
      process.exitCode = 1;
    }
    return;
  }
  if (moved.length > 0) {
    fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    fs.writeFileSync(nlsFile, `${JSON.stringify(sorted(nls), null, 2)}\n`);
  }
  console.log(`${moved.length} string(s) moved to package.nls.json.`);
  for (const key of changed) console.log(`  ${key}: the English changed; review its translation in package.nls.zh-cn.json.`);
  const zh = readJson(path.join(ROOT, 'package.nls.zh-cn.json'), {});
  const missing = Object.keys(nls).filter((k) => !(k in zh));
  if (missing.length > 0) console.log(`package.nls.zh-cn.json lacks ${missing.length} key(s): ${missing.join(', ')}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
