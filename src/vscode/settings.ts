/**
 * The citation settings, read and checked on every use. A value that is not
 * valid gives one warning that says what is wrong and what is used instead;
 * nothing ever fails because of a setting.
 */
import * as vscode from 'vscode';
import { CITATION_LANGUAGES, PARAGRAPH_NUMBERS, parseTemplate, STYLE_IDS, STYLES, type CitationStyle, type CiteOptions, type StyleId, type Template } from '../core/cite';
import { isStyleId } from '../core/cite/styles';
import { messagesFor } from '../core/messages';
import { describeValue, quotedValue, shortMessage } from '../core/shown';

export { describeValue };

/** Every setting this feature reads, with the values it accepts. */
export const SETTINGS = {
  style: 'cpcRelations.citation.style',
  form: 'cpcRelations.citation.form',
  output: 'cpcRelations.citation.output',
  key: 'cpcRelations.citation.key',
  paragraphNumbers: 'cpcRelations.citation.paragraphNumbers',
  language: 'cpcRelations.citation.language',
  parentheticalTemplate: 'cpcRelations.citation.parentheticalTemplate',
  narrativeTemplate: 'cpcRelations.citation.narrativeTemplate',
  referenceTemplate: 'cpcRelations.citation.referenceTemplate',
  shape: 'cpcRelations.quotation.shape',
} as const;

const FORMS = ['parenthetical', 'narrative'] as const;
const OUTPUTS = ['formatted', 'citationKeys'] as const;
const SHAPES = ['auto', 'inline', 'block'] as const;
/** A key Pandoc, BibTeX and biblatex all read: letters, digits and _ : . / - inside. */
const KEY = /^[A-Za-z0-9_](?:[A-Za-z0-9_:./-]*[A-Za-z0-9_])?$/;

const warned = new Set<string>();

/** Says once per setting and value what is wrong with it and what is used instead, with a button that opens the setting. */
export function warnSetting(setting: string, value: unknown, message: string): void {
  const seen = `${setting}=${JSON.stringify(value)}`;
  if (warned.has(seen)) return;
  warned.add(seen);
  void vscode.window.showWarningMessage(shortMessage(message), vscode.l10n.t('Open Setting')).then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', setting);
  });
}

/**
 * A warning about a setting's value, in one of two whole sentences so that
 * each language words both: `whole` quotes a short value whole, `cut` quotes
 * the start of a long one (to go before "…") with its length in characters.
 */
export function aboutValue(value: unknown, whole: (shown: string) => string, cut: (shown: string, length: string) => string): string {
  const { text, length } = quotedValue(value);
  return length === undefined ? whole(text) : cut(text, length.toLocaleString('en'));
}

function choice<T extends string>(setting: string, allowed: readonly T[], fallback: T): T {
  const value = vscode.workspace.getConfiguration().get<unknown>(setting);
  if (value === undefined || (typeof value === 'string' && (allowed as readonly string[]).includes(value))) return (value as T | undefined) ?? fallback;
  warnSetting(setting, value, aboutValue(value,
    (shown) => vscode.l10n.t('The setting {0} is {1}, which is not one of {2}: using "{3}".', setting, shown, allowed.join(', '), fallback),
    (shown, length) => vscode.l10n.t('The setting {0} is {1}… ({2} characters), which is not one of {3}: using "{4}".', setting, shown, length, allowed.join(', '), fallback)));
  return fallback;
}

/** A style's full name in the interface's language (the core's `label`, in English, names it in citations and the command line). */
export function styleLabel(style: CitationStyle): string {
  const labels: Record<StyleId, string> = {
    apa: vscode.l10n.t('APA 7th edition'),
    mla: vscode.l10n.t('MLA 9th edition'),
    'chicago-notes': vscode.l10n.t('Chicago 17th edition (notes and bibliography)'),
    'chicago-author-date': vscode.l10n.t('Chicago 17th edition (author-date)'),
    harvard: vscode.l10n.t('Harvard (Cite Them Right)'),
    'gb-t-7714': vscode.l10n.t('GB/T 7714-2015 (numeric)'),
    'gb-t-7714-author-date': vscode.l10n.t('GB/T 7714-2015 (author-date)'),
  };
  return labels[style.id];
}

/** The style the setting names (APA when it names none that exists). */
export function settingStyle(): CitationStyle {
  return STYLES[choice<StyleId>(SETTINGS.style, STYLE_IDS, 'apa')];
}

/**
 * The options every citation is made with: the style (the one chosen for
 * this workspace, else the setting's), form, shape, output, key, paragraph
 * numbers, templates.
 */
export function citeOptions(chosen: StyleId | undefined): CiteOptions {
  const style = chosen && isStyleId(chosen) ? STYLES[chosen] : settingStyle();
  const config = vscode.workspace.getConfiguration();
  const rawKey = config.get<unknown>(SETTINGS.key);
  let key: string | undefined;
  if (typeof rawKey === 'string' && KEY.test(rawKey.trim())) key = rawKey.trim();
  else if (rawKey !== undefined && rawKey !== '') {
    warnSetting(SETTINGS.key, rawKey, aboutValue(rawKey,
      (shown) => vscode.l10n.t("The setting {0} is {1}, which Pandoc and BibTeX cannot read as a key (letters, digits and _ : . / - only): using the text's own key.", SETTINGS.key, shown),
      (shown, length) => vscode.l10n.t("The setting {0} is {1}… ({2} characters), which Pandoc and BibTeX cannot read as a key (letters, digits and _ : . / - only): using the text's own key.", SETTINGS.key, shown, length)));
  }
  return {
    style,
    form: choice(SETTINGS.form, FORMS, 'parenthetical'),
    shape: choice(SETTINGS.shape, SHAPES, 'auto'),
    output: choice(SETTINGS.output, OUTPUTS, 'formatted'),
    key,
    paragraphNumbers: choice(SETTINGS.paragraphNumbers, PARAGRAPH_NUMBERS, 'style'),
    language: choice(SETTINGS.language, CITATION_LANGUAGES, 'auto'),
    templates: {
      parenthetical: template(SETTINGS.parentheticalTemplate, style),
      narrative: template(SETTINGS.narrativeTemplate, style),
      reference: template(SETTINGS.referenceTemplate, style),
    },
  };
}

function template(setting: string, style: CitationStyle): Template | undefined {
  const value = vscode.workspace.getConfiguration().get<unknown>(setting);
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') {
    warnSetting(setting, value, vscode.l10n.t('The setting {0} must be text: using {1} instead.', setting, styleLabel(style)));
    return undefined;
  }
  const parsed = parseTemplate(value, messagesFor(vscode.env.language).template);
  if (parsed.ok) return parsed.template;
  warnSetting(setting, value, vscode.l10n.t('The template in {0} cannot be used: {1}. Using {2} instead.', setting, parsed.message, styleLabel(style)));
  return undefined;
}
