/**
 * Which passage a command cites: the one it was given (a Passage, or an
 * object carrying one, such as a tree item), or one the writer picks from
 * the paragraphs (and sections) of the text.
 */
import * as vscode from 'vscode';
import type { Paragraph, Section, Work } from '../core/model';
import { messagesFor } from '../core/messages';
import { missingWordsNote, paragraphsMatching, type ParagraphMatch, type TextSearch } from '../core/search';
import { isPassage, paragraphLabel, paragraphPassage, sectionPassage, type Passage } from '../core/passage';
import { sectionName } from './sections';

/**
 * The passages of a tree's multi-selection: VS Code passes the selected
 * items as a command's second argument. Undefined unless several are.
 */
export function passagesIn(argument: unknown): Passage[] | undefined {
  if (!Array.isArray(argument) || argument.length < 2) return undefined;
  const passages = argument.map(passageIn);
  return passages.every((p): p is Passage => p !== undefined) ? passages : undefined;
}

/** The passage in a command's argument, if it holds one. */
export function passageIn(argument: unknown): Passage | undefined {
  if (isPassage(argument)) return argument;
  const carried = typeof argument === 'object' && argument !== null ? (argument as { passage?: unknown }).passage : undefined;
  return isPassage(carried) ? carried : undefined;
}

/** Why `passage` cannot be cited from `work` (undefined: its text is not in the library), or undefined when it can. */
export function passageProblem(work: Work | undefined, passage: Passage): string | undefined {
  if (!work) return vscode.l10n.t('The text "{0}" is not in the library: its file was removed or changed its key.', passage.work ?? '');
  const { locator } = passage;
  if (locator.kind === 'section') {
    return work.sections.some((s) => s.id === locator.sectionId) ? undefined : vscode.l10n.t('The text has no section "{0}".', locator.heading);
  }
  const last = work.paragraphs.length;
  return locator.first >= 1 && locator.last <= last ? undefined : vscode.l10n.t('The text has paragraphs 1 to {0}; {1} is not among them.', last, paragraphLabel(locator.first, locator.last));
}

type PassagePick = vscode.QuickPickItem & { readonly passage?: Passage };

/**
 * Asks for a paragraph (or, with `sections`, a whole section) with a picker
 * that searches the whole text of every paragraph as the writer types, with
 * the typo tolerance of Search the Text; undefined when dismissed. `initial`
 * fills the picker as if typed.
 */
export async function pickPassage(works: readonly Work[], search: TextSearch, title: string, sections: boolean, initial = ''): Promise<Passage | undefined> {
  return (await pickPassages(works, search, title, sections, initial, false))[0];
}

const keyOf = (passage: Passage) => JSON.stringify([passage.work, passage.locator]);

/**
 * The same, where `many` lets the writer tick several paragraphs (kept
 * while the words typed change) to cite together; Enter with none ticked
 * takes the highlighted one. Empty when dismissed.
 */
export function pickPassages(works: readonly Work[], search: TextSearch, title: string, sections: boolean, initial: string, many: boolean): Promise<Passage[]> {
  const pick = vscode.window.createQuickPick<PassagePick>();
  pick.title = title;
  pick.placeholder = many
    ? vscode.l10n.t('Type words of the paragraph (any of its words; typos are forgiven); tick several to cite them together')
    : vscode.l10n.t('Type words of the paragraph (any of its words; typos are forgiven)');
  pick.canSelectMany = many;
  // The search decides what matches: VS Code must neither filter nor re-sort.
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  const ticked = new Map<string, Passage>();
  const update = () => {
    const query = pick.value.trim();
    if (query !== '' && !search.isReady) {
      pick.busy = true;
      void search.prepare().then(() => {
        pick.busy = false;
        update();
      });
      return;
    }
    const matched = query === '' ? undefined : paragraphsMatching(search, query);
    const note = matched && missingWordsNote(matched, messagesFor(vscode.env.language).search);
    pick.title = note ? vscode.l10n.t('{0}: {1}', title, note) : title;
    pick.items = matched ? matchedItems(works, matched, sections ? works.flatMap((w) => matchingSections(w, query).map((section) => ({ work: w, section }))) : []) : allItems(works, sections);
    if (many) pick.selectedItems = pick.items.filter((item) => item.passage && ticked.has(keyOf(item.passage)));
  };
  pick.value = initial;
  update();
  return new Promise((resolve) => {
    let chosen: Passage[] = [];
    pick.onDidChangeValue(update);
    pick.onDidChangeSelection((selected) => {
      if (!many) return;
      // Ticks of items not shown now stay; those shown follow the list.
      for (const item of pick.items) if (item.passage) ticked.delete(keyOf(item.passage));
      for (const item of selected) if (item.passage) ticked.set(keyOf(item.passage), item.passage);
    });
    pick.onDidAccept(() => {
      const active = pick.activeItems[0];
      const highlighted = (active && pick.items.includes(active) ? active : pick.items.find((i) => i.passage))?.passage;
      chosen = ticked.size > 0 ? [...ticked.values()] : highlighted ? [highlighted] : [];
      if (chosen.length > 0) pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(chosen);
    });
    pick.show();
  });
}

/** Every text's sections and paragraphs; with several texts, each section names its text. */
function allItems(works: readonly Work[], sections: boolean): PassagePick[] {
  return works.flatMap((work) => work.sections.flatMap((section): PassagePick[] => [
    { label: works.length > 1 ? `${sectionName(section)} · ${work.record.title}` : sectionName(section), kind: vscode.QuickPickItemKind.Separator },
    ...(sections ? [sectionItem(work, section)] : []),
    ...section.paragraphs.map((p) => paragraphItem(work, p)),
  ]));
}

function matchedItems(works: readonly Work[], matched: readonly ParagraphMatch[], sections: readonly { work: Work; section: Section }[]): PassagePick[] {
  const several = works.length > 1;
  const paragraphs = matched
    .map((m) => {
      const work = works.find((w) => w.id === m.workId);
      return { work, paragraph: work?.paragraphs[m.paragraphNumber - 1], missing: m.missing };
    })
    .filter((m): m is { work: Work; paragraph: Paragraph; missing: readonly string[] } => m.work !== undefined && m.paragraph !== undefined)
    .map(({ work, paragraph, missing }) => {
      const section = work.sections.find((s) => s.id === paragraph.sectionId);
      const lacking = missing.length > 0 ? ` · ${vscode.l10n.t('lacks {0}', missing.join(', '))}` : '';
      const text = several ? `${work.record.title} · ` : '';
      return { ...paragraphItem(work, paragraph), detail: `${text}${section ? sectionName(section) : ''}${lacking}`, alwaysShow: true };
    });
  const items = [...sections.map((s) => ({ ...sectionItem(s.work, s.section), alwaysShow: true })), ...paragraphs];
  return items.length > 0 ? items : [{ label: '$(info)', description: vscode.l10n.t('No paragraph holds these words: try fewer words, or check the spelling.'), alwaysShow: true }];
}

function sectionItem(work: Work, section: Section): PassagePick {
  return { label: `$(list-flat) ${sectionName(section)}`, description: vscode.l10n.t('the whole section'), passage: sectionPassage(section, work) };
}

function paragraphItem(work: Work, paragraph: Paragraph): PassagePick {
  return { label: paragraphLabel(paragraph.number, paragraph.number), description: opening(paragraph.text), passage: paragraphPassage(paragraph, work) };
}

/** Sections whose label holds every typed word: a heading is found by its own words. */
function matchingSections(work: Work, query: string): Section[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return work.sections.filter((s) => words.every((w) => s.label.toLowerCase().includes(w) || sectionName(s).toLowerCase().includes(w)));
}

function opening(text: string): string {
  return text.length <= 90 ? text : `${text.slice(0, 90).replace(/\s+\S*$/, '')}…`;
}
