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
