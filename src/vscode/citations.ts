/**
 * The citation commands: insert or copy a quotation with its citation, a
 * citation, the reference entry or list; add the record to a bibliography
 * file; choose the style. Each insert and copy command takes an optional
 * Passage (or an object carrying one, such as a tree item); without one it
 * asks for a paragraph.
 */
import * as vscode from 'vscode';
import { findWorkCitations } from '../core/check';
import { compose, composeText, targetFor, type CiteOptions, type Composition, type Request, type TargetId } from '../core/cite';
import { citedWork } from '../core/cite/work';
import type { Work } from '../core/model';
import type { Passage } from '../core/passage';
import { listCitation, spansOf } from '../core/passages';
import { joinReferenceLists, planReferenceList, withoutHeading } from '../core/referenceList';
import { addToBibliographyFile } from './bibliography';
import { checkedLanguage } from './checkedDocuments';
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
  if (plan.kind === 'present') return { unneeded: vscode.l10n.t('The document already has the reference list entry for the text: nothing was inserted.') };
  return plan.kind === 'entries' ? { ...composed, inserts: composed.inserts.map(withoutHeading) } : composed;
}

/** The work a command's argument names: a text's row in the tree (or anything carrying a work); undefined for none. */
function workArgument(argument: unknown): Work | undefined {
  const work = typeof argument === 'object' && argument !== null ? (argument as { work?: unknown }).work : undefined;
  return typeof work === 'object' && work !== null && 'record' in work && 'paragraphs' in work ? (work as Work) : undefined;
}

export function registerCitations(services: Services): StyleChoice {
  const styles = registerStyleChoice(services);
  // The key of the settings (cpcRelations.citation.key) is the bundled text's; every other text is cited under its own.
  const optionsFor = (work: Work): CiteOptions => {
    const chosen = citeOptions(styles.chosen());
    return work === services.work() ? chosen : { ...chosen, key: undefined };
  };
  const options = (): CiteOptions => optionsFor(services.work());
  const workOf = (passage: Passage): Work => services.workOf(passage) ?? services.work();

  /** The texts the writer's document cites, in library order; the bundled text when it cites none. */
  const citedWorks = (): Work[] => {
    const document = liveWriterEditor(services)?.document;
    const language = document && checkedLanguage(document);
    if (!document || !language) return [services.work()];
    const text = document.getText();
    const cited = services.library.works().filter((w) => w === services.work()
      ? findWorkCitations(text, language, w, options().key ? [options().key as string] : []).length > 0
      : findWorkCitations(text, language, w).length > 0);
    return cited.length > 0 ? cited : [services.work()];
  };

  /** The reference list of every cited text, under one heading, in the order of their entries. */
  const referenceListOf = (works: readonly Work[], target: TargetId, document: string, points: readonly { start: number; end: number }[]): Composition => {
    const lists = works.map((w) => compose(w, { kind: 'referenceList' }, optionsFor(w), target, document, points));
    if (lists.length === 1) return lists[0];
    return { inserts: points.map((_, i) => joinReferenceLists(lists.map((l) => l.inserts[i] ?? ''))) };
  };

  /**
   * The passage the command was given, or the one the writer picks (a text
   * argument starts the picker with those words); undefined (with a message
   * if need be) when there is none.
   */
  const passageFor = async (argument: unknown, title: string, sections: boolean): Promise<Passage | undefined> => {
    const given = passageIn(argument);
    const passage = given ?? (await pickPassage(services.library.works(), services.search, vscode.l10n.t('{0} · citing in {1}', title, styles.label()), sections, typeof argument === 'string' ? argument : ''));
    const problem = passage && passageProblem(services.workOf(passage), passage);
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
    const passages = several ?? (given ? [given] : await pickPassages(services.library.works(), services.search, vscode.l10n.t('{0} · citing in {1}', title, styles.label()), true, typeof argument === 'string' ? argument : '', true));
    const works = new Set(passages.map((p) => services.workOf(p)));
    const problem = passages.map((p) => passageProblem(services.workOf(p), p)).find(Boolean)
      ?? (works.size > 1 ? vscode.l10n.t('Cite paragraphs of one text at a time: the passages chosen are from several texts.') : undefined);
    if (problem) void vscode.window.showWarningMessage(problem);
    return problem ? [] : passages;
  };

  /** One citation of several passages ("paras. 4, 7"), as an insertion. */
  const citingAll = (passages: readonly Passage[]): Insertion => {
    const work = workOf(passages[0]);
    const cite = optionsFor(work);
    const spans = spansOf(passages, work);
    const unneeded = { unneeded: vscode.l10n.t('This citation has no paragraph locator to list the paragraphs in (a template without {locator}?): nothing was inserted.') };
    return {
      what: vscode.l10n.t('citation'),
      compose: (target, document, points) => listCitation(work, spans, cite, target, document, points) ?? unneeded,
      standalone: (target) => {
        const composed = listCitation(work, spans, cite, target, '', [{ start: 0, end: 0 }]);
        return composed ? composed.inserts[0] + (composed.append?.text ?? '') : '';
      },
    };
  };

  /** The text a request is about: its passage's, the one given, or the bundled text. */
  const workFor = (request: Request, given?: Work): Work => {
    const passage = request.kind === 'quotation' || request.kind === 'citation' ? request.passage : undefined;
    return passage ? workOf(passage) : given ?? services.work();
  };

  const inserting = (what: string, request: Request, insertOptions: unknown, given?: Work) => {
    const work = workFor(request, given);
    const cite = optionsFor(work);
    const listed = request.kind === 'referenceList' ? citedWorks() : [];
    return insert(
      services,
      {
        what,
        compose: (target, document, points) => {
          if (request.kind === 'referenceList') return referenceListFor(document, referenceListOf(listed, target, document, points));
          return compose(work, request, cite, target, document, points);
        },
        standalone: (target) => composeText(work, request, cite, target),
      },
      insertOptionsOf(insertOptions),
    );
  };

  /** Copies for the kind of file the writer is working in, plain text when none; numbered as that document numbers its sources (GB/T 7714). */
  const copying = async (what: string, request: Request, given?: Work) => {
    const editor = liveWriterEditor(services);
    const target: TargetId = editor ? targetFor(editor.document.languageId, editor.document.uri.path) : 'plaintext';
    const work = workFor(request, given);
    await copy(composeText(work, request, optionsFor(work), target, editor?.document.getText() ?? ''), what);
  };

  const { subscriptions } = services.context;
  subscriptions.push(
    vscode.commands.registerCommand(Commands.insertQuotation, async (argument?: unknown, insertOptions?: unknown) => {
      const passage = await passageFor(argument, vscode.l10n.t('Insert Quotation with Citation'), false);
      if (passage) await inserting(vscode.l10n.t('quotation'), { kind: 'quotation', passage }, insertOptions);
    }),
    vscode.commands.registerCommand(Commands.insertCitation, async (argument?: unknown, second?: unknown) => {
      const passages = await passagesFor(argument, second, vscode.l10n.t('Insert Citation'));
      const insertOptions = Array.isArray(second) ? {} : second;
      if (passages.length > 1) await insert(services, citingAll(passages), insertOptionsOf(insertOptions));
      else if (passages.length === 1) await inserting(vscode.l10n.t('citation'), { kind: 'citation', passage: passages[0] }, insertOptions);
    }),
    vscode.commands.registerCommand(Commands.insertReference, (argument?: unknown, insertOptions?: unknown) =>
      inserting(vscode.l10n.t('reference entry'), { kind: 'reference' }, insertOptions, workArgument(argument))),
    vscode.commands.registerCommand(Commands.insertReferenceList, (_argument?: unknown, insertOptions?: unknown) =>
      inserting(vscode.l10n.t('reference list'), { kind: 'referenceList' }, insertOptions)),
    vscode.commands.registerCommand(Commands.copyQuotation, async (argument?: unknown) => {
      const passage = await passageFor(argument, vscode.l10n.t('Copy Quotation with Citation'), false);
      if (passage) await copying(vscode.l10n.t('quotation'), { kind: 'quotation', passage });
    }),
    vscode.commands.registerCommand(Commands.copyCitation, async (argument?: unknown, selected?: unknown) => {
      const passages = await passagesFor(argument, selected, vscode.l10n.t('Copy Citation'));
      if (passages.length > 1) {
        const editor = liveWriterEditor(services);
        await copy(citingAll(passages).standalone(editor ? targetFor(editor.document.languageId, editor.document.uri.path) : 'plaintext'), vscode.l10n.t('citation'));
      } else if (passages.length === 1) await copying(vscode.l10n.t('citation'), { kind: 'citation', passage: passages[0] });
    }),
    vscode.commands.registerCommand(Commands.copyReference, (argument?: unknown) => copying(vscode.l10n.t('reference entry'), { kind: 'reference' }, workArgument(argument))),
    vscode.commands.registerCommand(Commands.addToBibliography, async (argument?: unknown) => {
      // Every text the document cites goes into its bibliography file (or the text given, from its row in the tree).
      const given = workArgument(argument);
      for (const work of given ? [given] : citedWorks()) await addToBibliographyFile(citedWork(work, optionsFor(work).key), liveWriterEditor(services));
    }),
  );
  return styles;
}
