/**
 * Finds words a person would read that bypass `vscode.l10n.t`: string
 * literals and templates with words in them, where VS Code shows them
 * (messages, pickers, input boxes, tree items, diagnostics, code actions,
 * status bar and tooltips). A value computed elsewhere is not followed: the
 * scan looks at what is written in place.
 */
import * as ts from 'typescript';

export interface Unlocalized {
  readonly line: number;
  readonly text: string;
  readonly where: string;
}

const MESSAGE_CALLS = new Set(['showInformationMessage', 'showWarningMessage', 'showErrorMessage', 'setStatusBarMessage']);
const OPTION_CALLS = new Set(['showQuickPick', 'showInputBox', 'withProgress', 'createStatusBarItem']);
const OPTION_PROPERTIES = new Set(['title', 'placeHolder', 'placeholder', 'prompt', 'tooltip']);
/** Properties set on a picker, tree item, status bar item or view. */
const ASSIGNED_PROPERTIES = new Set(['title', 'placeholder', 'tooltip', 'prompt', 'validationMessage', 'name', 'message']);
/** Constructors and the argument that holds words: new vscode.TreeItem(label), new vscode.Diagnostic(range, message)… */
const CONSTRUCTED: Readonly<Record<string, number>> = { TreeItem: 0, Diagnostic: 1, CodeAction: 0, DiagnosticRelatedInformation: 1, MarkdownString: 0 };

/** The literal words of an expression: a string, a template's fixed parts, both branches of a conditional. */
function literalParts(node: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return literalParts(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalParts(node.whenTrue), ...literalParts(node.whenFalse)];
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.PlusToken)) {
    return [...literalParts(node.left), ...literalParts(node.right)];
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) return [node];
  return [];
}

function wordsOf(node: ts.Node): string {
  const text = ts.isTemplateExpression(node)
    ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ')
    : (node as ts.StringLiteral).text;
  // Codicons ("$(check)") and placeholders are not words a person reads.
  return text.replace(/\$\([a-z-]+\)/g, '');
}

/** Two letters in a row: a word, not a separator, symbol or number. */
const WORD = /\p{L}{2}/u;

/** Every user-facing literal in `source` that does not go through l10n. */
export function findUnlocalized(fileName: string, source: string): Unlocalized[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: Unlocalized[] = [];
  const report = (expression: ts.Expression | undefined, where: string) => {
    if (!expression) return;
    for (const part of literalParts(expression)) {
      const words = wordsOf(part);
      if (WORD.test(words)) found.push({ line: file.getLineAndCharacterOfPosition(part.getStart()).line + 1, text: part.getText(), where });
    }
  };
  const calledName = (expression: ts.LeftHandSideExpression): string | undefined =>
    ts.isPropertyAccessExpression(expression) ? expression.name.text : ts.isIdentifier(expression) ? expression.text : undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const name = calledName(node.expression);
      if (name && MESSAGE_CALLS.has(name)) {
        for (const argument of node.arguments) if (!ts.isObjectLiteralExpression(argument)) report(argument, name);
      }
      if (name && OPTION_CALLS.has(name)) {
        for (const argument of node.arguments) {
          if (!ts.isObjectLiteralExpression(argument)) continue;
          for (const property of argument.properties) {
            if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && OPTION_PROPERTIES.has(property.name.text)) report(property.initializer, `${name} ${property.name.text}`);
          }
        }
      }
    }
    if (ts.isNewExpression(node)) {
      const name = calledName(node.expression);
      const index = name === undefined ? undefined : CONSTRUCTED[name];
      if (index !== undefined) report(node.arguments?.[index], `new ${name}`);
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && ASSIGNED_PROPERTIES.has(node.left.name.text)) {
      report(node.right, `.${node.left.name.text} =`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
