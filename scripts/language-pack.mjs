// A display language for code-server without the marketplace: a minimal
// language pack (it translates nothing of VS Code itself) and the
// languagepacks.json that code-server reads to accept `--locale`. With both,
// vscode.env.language is the locale and VS Code loads the extension's
// package.nls.<locale>.json and l10n/bundle.l10n.<locale>.json; VS Code's own
// menus stay English. See ../../shared/TESTING.md.
import fs from 'node:fs';
import path from 'node:path';

const PUBLISHER = 'cpc-relations-test';
const VERSION = '1.0.0';

const NAMES = {
  'zh-cn': { languageName: 'Chinese Simplified', localizedLanguageName: '中文(简体)' },
};

/** The locales a pack can be made for. */
export const PACK_LOCALES = Object.keys(NAMES);

/**
 * Writes the pack for `locale` into `extensionsDir` and registers it in
 * `userDataDir`; start code-server with `--locale <locale>` afterwards.
 */
export function installLanguagePack({ locale, extensionsDir, userDataDir }) {
  const names = NAMES[locale];
  if (!names) throw new Error(`no language pack for "${locale}": one of ${PACK_LOCALES.join(', ')}`);
  const name = `language-pack-${locale}`;
  const id = `${PUBLISHER}.${name}`;
  const dir = path.join(extensionsDir, `${id}-${VERSION}`);
  const translations = path.join(dir, 'translations', 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name,
    publisher: PUBLISHER,
    version: VERSION,
    engines: { vscode: '*' },
    categories: ['Language Packs'],
    contributes: { localizations: [{ languageId: locale, ...names, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
  }, null, 2));
  fs.writeFileSync(translations, JSON.stringify({ version: VERSION, contents: {} }));
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({
    [locale]: {
      hash: `${name}-${VERSION}`,
      extensions: [{ extensionIdentifier: { id }, version: VERSION }],
      translations: { vscode: translations },
      label: names.localizedLanguageName,
    },
  }, null, 2));
}
