/**
 * The command line's arguments, read the same way by every command: options
 * as `--name value` or `--name=value`, `--` ending the options, `-h` and
 * `--help` asking for the usage, anything else starting with `-` refused.
 */
import { cliWords } from './language';

export interface ArgSpec {
  /** Options that take no value. */
  readonly flags: readonly string[];
  /** Options that take a value. */
  readonly valued: readonly string[];
  /** Arguments that start with "-" but are operands all the same, such as "-4". */
  readonly operand?: RegExp;
  /** Options that take a value and may be given more than once, such as `--text`. */
  readonly repeated?: readonly string[];
}

export type ParsedArgs =
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'args'; readonly options: ReadonlyMap<string, string>; readonly positional: readonly string[]; readonly lists: ReadonlyMap<string, readonly string[]> };

/**
 * Reads `args` by `spec`. A valued option given twice, a flag given a value
 * and an unknown option are errors; a lone `-` is an operand.
 */
export function parseArgs(args: readonly string[], spec: ArgSpec): ParsedArgs {
  const words = cliWords();
  const options = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (!arg.startsWith('-') || arg === '-' || spec.operand?.test(arg)) {
      positional.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    const inline = name === arg ? undefined : arg.slice(equals + 1);
    if (spec.flags.includes(name)) {
      if (inline !== undefined) return { kind: 'error', message: words.takesNoValue(name) };
      options.set(name, '');
    } else if (spec.repeated?.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) return { kind: 'error', message: words.needsValue(name) };
      lists.set(name, [...(lists.get(name) ?? []), value]);
    } else if (spec.valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) return { kind: 'error', message: words.needsValue(name) };
      if (options.has(name) && options.get(name) !== value) return { kind: 'error', message: words.givenTwice(name, options.get(name) ?? '', value) };
      options.set(name, value);
    } else {
      return { kind: 'error', message: words.unknownOption(arg) };
    }
  }
  return { kind: 'args', options, positional, lists };
}

/** The refusal of `value` for `option`, which takes one of `values`, naming the value most likely meant. */
export function notOneOf(option: string, values: readonly string[], value: string): string {
  return cliWords().mustBeOneOf(option, values, value, likeliest(value, values));
}

/**
 * The one of `values` that `value` most likely means, if one stands out:
 * compared in lower case without punctuation ("GBT7714" is gb-t-7714), the
 * one it equals; else the one it begins or the one beginning it ("apa7",
 * "gbt7714-numeric"); else, for four letters or more, the one a letter or
 * two away ("harverd").
 */
export function likeliest(value: string, values: readonly string[]): string | undefined {
  const bare = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const typed = bare(value);
  if (typed.length < 2) return undefined;
  const only = (found: readonly string[]): string | undefined => (found.length === 1 ? found[0] : undefined);
  const equal = values.filter((v) => bare(v) === typed);
  if (equal.length > 0) return only(equal);
  const prefixed = values.filter((v) => Math.min(bare(v).length, typed.length) >= 3 && (bare(v).startsWith(typed) || typed.startsWith(bare(v))));
  if (prefixed.length > 0) return only(prefixed);
  const distances = values.map((v) => editDistance(bare(v), typed));
  const nearest = Math.min(...distances);
  return typed.length >= 4 && nearest <= Math.max(1, Math.floor(typed.length / 4)) ? only(values.filter((_, i) => distances[i] === nearest)) : undefined;
}

/** Levenshtein distance: the fewest letters added, left out or changed. Options are short. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
