/**
 * The citation commands: insert or copy a quotation with its citation, a
 * citation, the reference entry or list; add the record to a bibliography
 * file; choose the style. Each insert and copy command takes an optional
 * Passage (or an object carrying one, such as a tree item); without one it
 * asks for a paragraph.
 */
import * as vscode from 'vscode';
import { compose, composeText, targetFor, type CiteOptions, type Composition, type Request, type TargetId } from '../core/cite';
import { citedWork } from '../core/cite/work';
import type { Passage } from '../core/passage';
import { listCitation, spansOf } from '../core/passages';
import { planReferenceList, withoutHeading } from '../core/referenceList';
import { addToBibliographyFile } from './bibliography';
import { Commands } from './commands';
import { copy, insert, liveWriterEditor, type InsertOptions, type Insertion } from './insert';
import { passageIn, passageProblem, passagesIn, pickPassage, pickPassages } from './insertPassage';
import type { Services } from './services';
import { citeOptions } from './settings';
import { registerStyleChoice, type StyleChoice } from './style';

function insertOptionsOf(value: unknown): InsertOptions {
  return (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as InsertOptions;
}

/** The reference list without what the document has already: its heading, or the entry itself. */
function referenceListFor(document: string, composed: Composition): Composition | { unneeded: string } {
  const plan = planReferenceList(document, composed.inserts[0] ?? '');
  if (plan.kind === 'present') return { unneeded: 'The document already has the reference list entry for the text: nothing was inserted.' };
  return plan.kind === 'entries' ? { ...composed, inserts: composed.inserts.map(withoutHeading) } : composed;
}

export function registerCitations(services: Services): StyleChoice {
  const styles = registerStyleChoice(services);
  const options = (): CiteOptions => citeOptions(styles.chosen());

  /**
   * The passage the command was given, or the one the writer picks (a text
   * argument starts the picker with those words); undefined (with a message
   * if need be) when there is none.
   */
  const passageFor = async (argument: unknown, title: string, sections: boolean): Promise<Passage | undefined> => {
    const given = passageIn(argument);
    const passage = given ?? (await pickPassage(services.work(), services.search, `${title} · citing in ${styles.label()}`, sections, typeof argument === 'string' ? argument : ''));
    const problem = passage && passageProblem(services.work(), passage);
    if (problem) void vscode.window.showWarningMessage(problem);
    return problem ? undefined : passage;
  };

  /**
   * For Insert and Copy Citation: the passages of a multi-selection in the
   * tree, the passage given, or those the writer picks (several may be ticked).
   */
  const passagesFor = async (argument: unknown, selected: unknown, title: string): Promise<Passage[]> => {
    const several = passagesIn(selected);
    const given = passageIn(argument);
    const passages = several ?? (given ? [given] : await pickPassages(services.work(), services.search, `${title} · citing in ${styles.label()}`, true, typeof argument === 'string' ? argument : '', true));
    const problem = passages.map((p) => passageProblem(services.work(), p)).find(Boolean);
    if (problem) void vscode.window.showWarningMessage(problem);
    return problem ? [] : passages;
  };

  /** One citation of several passages ("paras. 4, 7"), as an insertion. */
  const citingAll = (passages: readonly Passage[]): Insertion => {
    const cite = options();
    const spans = spansOf(passages, services.work());
    const unneeded = { unneeded: 'This citation has no paragraph locator to list the paragraphs in (a template without {locator}?): nothing was inserted.' };
    return {
      what: 'citation',
      compose: (target, document, points) => listCitation(services.work(), spans, cite, target, document, points) ?? unneeded,
      standalone: (target) => {
        const composed = listCitation(services.work(), spans, cite, target, '', [{ start: 0, end: 0 }]);
        return composed ? composed.inserts[0] + (composed.append?.text ?? '') : '';
      },
    };
  };

  const inserting = (what: string, request: Request, insertOptions: unknown) => {
    const cite = options();
    return insert(
      services,
      {
        what,
        compose: (target, document, points) => {
          const composed = compose(services.work(), request, cite, target, document, points);
          return request.kind === 'referenceList' ? referenceListFor(document, composed) : composed;
        },
        standalone: (target) => composeText(services.work(), request, cite, target),
      },
      insertOptionsOf(insertOptions),
    );
  };

  /** Copies for the kind of file the writer is working in, plain text when none; numbered as that document numbers its sources (GB/T 7714). */
  const copying = async (what: string, request: Request) => {
    const editor = liveWriterEditor(services);
    const target: TargetId = editor ? targetFor(editor.document.languageId, editor.document.uri.path) : 'plaintext';
    await copy(composeText(services.work(), request, options(), target, editor?.document.getText() ?? ''), what);
  };

  const { subscriptions } = services.context;
  subscriptions.push(
    vscode.commands.registerCommand(Commands.insertQuotation, async (argument?: unknown, insertOptions?: unknown) => {
      const passage = await passageFor(argument, 'Insert Quotation with Citation', false);
      if (passage) await inserting('quotation', { kind: 'quotation', passage }, insertOptions);
    }),
    vscode.commands.registerCommand(Commands.insertCitation, async (argument?: unknown, second?: unknown) => {
      const passages = await passagesFor(argument, second, 'Insert Citation');
      const insertOptions = Array.isArray(second) ? {} : second;
      if (passages.length > 1) await insert(services, citingAll(passages), insertOptionsOf(insertOptions));
      else if (passages.length === 1) await inserting('citation', { kind: 'citation', passage: passages[0] }, insertOptions);
    }),
    vscode.commands.registerCommand(Commands.insertReference, (_argument?: unknown, insertOptions?: unknown) =>
      inserting('reference entry', { kind: 'reference' }, insertOptions)),
    vscode.commands.registerCommand(Commands.insertReferenceList, (_argument?: unknown, insertOptions?: unknown) =>
      inserting('reference list', { kind: 'referenceList' }, insertOptions)),
    vscode.commands.registerCommand(Commands.copyQuotation, async (argument?: unknown) => {
      const passage = await passageFor(argument, 'Copy Quotation with Citation', false);
      if (passage) await copying('quotation', { kind: 'quotation', passage });
    }),
    vscode.commands.registerCommand(Commands.copyCitation, async (argument?: unknown, selected?: unknown) => {
      const passages = await passagesFor(argument, selected, 'Copy Citation');
      if (passages.length > 1) {
        const editor = liveWriterEditor(services);
        await copy(citingAll(passages).standalone(editor ? targetFor(editor.document.languageId, editor.document.uri.path) : 'plaintext'), 'citation');
      } else if (passages.length === 1) await copying('citation', { kind: 'citation', passage: passages[0] });
    }),
    vscode.commands.registerCommand(Commands.copyReference, () => copying('reference entry', { kind: 'reference' })),
    vscode.commands.registerCommand(Commands.addToBibliography, () =>
      addToBibliographyFile(citedWork(services.work(), options().key), liveWriterEditor(services))),
  );
  return styles;
}
