/**
 * The citation commands: insert or copy a quotation with its citation, a
 * citation, the reference entry or list; add the record to a bibliography
 * file; choose the style. Each insert and copy command takes an optional
 * Passage (or an object carrying one, such as a tree item); without one it
 * asks for a paragraph.
 */
import * as vscode from 'vscode';
import { compose, composeText, targetFor, type CiteOptions, type Request, type TargetId } from '../core/cite';
import { citedWork } from '../core/cite/work';
import type { Passage } from '../core/passage';
import { addToBibliographyFile } from './bibliography';
import { Commands } from './commands';
import { copy, insert, liveWriterEditor, type InsertOptions } from './insert';
import { passageIn, passageProblem, pickPassage } from './insertPassage';
import type { Services } from './services';
import { citeOptions } from './settings';
import { registerStyleChoice, type StyleChoice } from './style';

export function registerCitations(services: Services): StyleChoice {
  const styles = registerStyleChoice(services);
  const options = (): CiteOptions => citeOptions(styles.chosen());

  /** The passage the command was given, or the one the writer picks; undefined (with a message if need be) when there is none. */
  const passageFor = async (argument: unknown, title: string, sections: boolean): Promise<Passage | undefined> => {
    const given = passageIn(argument);
    const passage = given ?? (await pickPassage(services.work(), title, sections));
    const problem = passage && passageProblem(services.work(), passage);
    if (problem) void vscode.window.showWarningMessage(problem);
    return problem ? undefined : passage;
  };

  const inserting = (what: string, request: Request, insertOptions: unknown) => {
    const cite = options();
    return insert(
      services,
      {
        what,
        compose: (target, document, points) => compose(services.work(), request, cite, target, document, points),
        standalone: (target) => composeText(services.work(), request, cite, target),
      },
      (typeof insertOptions === 'object' && insertOptions !== null ? insertOptions : {}) as InsertOptions,
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
    vscode.commands.registerCommand(Commands.insertCitation, async (argument?: unknown, insertOptions?: unknown) => {
      const passage = await passageFor(argument, 'Insert Citation', true);
      if (passage) await inserting('citation', { kind: 'citation', passage }, insertOptions);
    }),
    vscode.commands.registerCommand(Commands.insertReference, (_argument?: unknown, insertOptions?: unknown) =>
      inserting('reference entry', { kind: 'reference' }, insertOptions)),
    vscode.commands.registerCommand(Commands.insertReferenceList, (_argument?: unknown, insertOptions?: unknown) =>
      inserting('reference list', { kind: 'referenceList' }, insertOptions)),
    vscode.commands.registerCommand(Commands.copyQuotation, async (argument?: unknown) => {
      const passage = await passageFor(argument, 'Copy Quotation with Citation', false);
      if (passage) await copying('quotation', { kind: 'quotation', passage });
    }),
    vscode.commands.registerCommand(Commands.copyCitation, async (argument?: unknown) => {
      const passage = await passageFor(argument, 'Copy Citation', true);
      if (passage) await copying('citation', { kind: 'citation', passage });
    }),
    vscode.commands.registerCommand(Commands.copyReference, () => copying('reference entry', { kind: 'reference' })),
    vscode.commands.registerCommand(Commands.addToBibliography, () =>
      addToBibliographyFile(citedWork(services.work(), options().key), liveWriterEditor(services))),
  );
  return styles;
}
