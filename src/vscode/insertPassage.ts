/**
 * Which passage a command cites: the one it was given (a Passage, or an
 * object carrying one, such as a tree item), or one the writer picks from
 * the paragraphs (and sections) of the text.
 */
import * as vscode from 'vscode';
import type { Work } from '../core/model';
import { isPassage, paragraphLabel, paragraphPassage, sectionPassage, type Passage } from '../core/passage';

/** The passage in a command's argument, if it holds one. */
export function passageIn(argument: unknown): Passage | undefined {
  if (isPassage(argument)) return argument;
  const carried = typeof argument === 'object' && argument !== null ? (argument as { passage?: unknown }).passage : undefined;
  return isPassage(carried) ? carried : undefined;
}

/** Why `passage` cannot be cited from `work`, or undefined when it can. */
export function passageProblem(work: Work, passage: Passage): string | undefined {
  const { locator } = passage;
  if (locator.kind === 'section') {
    return work.sections.some((s) => s.id === locator.sectionId) ? undefined : `The text has no section "${locator.heading}".`;
  }
  const last = work.paragraphs.length;
  return locator.first >= 1 && locator.last <= last ? undefined : `The text has paragraphs 1 to ${last}; ${paragraphLabel(locator.first, locator.last)} is not among them.`;
}

type PassagePick = vscode.QuickPickItem & { readonly passage?: Passage };

/** Asks for a paragraph (or, with `sections`, a whole section) with a quick pick; undefined when dismissed. */
export async function pickPassage(work: Work, title: string, sections: boolean): Promise<Passage | undefined> {
  const items: PassagePick[] = work.sections.flatMap((section): PassagePick[] => [
    { label: section.label, kind: vscode.QuickPickItemKind.Separator },
    ...(sections ? [{ label: `$(list-flat) ${section.label}`, description: 'the whole section', passage: sectionPassage(section) }] : []),
    ...section.paragraphs.map((p) => ({ label: paragraphLabel(p.number, p.number), description: opening(p.text), passage: paragraphPassage(p) })),
  ]);
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Type words of the paragraph', matchOnDescription: true });
  return picked?.passage;
}

function opening(text: string): string {
  return text.length <= 90 ? text : `${text.slice(0, 90).replace(/\s+\S*$/, '')}…`;
}
