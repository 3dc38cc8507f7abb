/**
 * The language the command line speaks: `--lang zh-cn|en` if given, else the
 * locale of the environment as POSIX orders it (LC_ALL, then LC_MESSAGES,
 * then LANG). Chosen once, before a command runs; every message comes from
 * the catalogue it selects.
 */
import { ENGLISH, localeOf, messagesFor, type CliMessages, type Messages } from '../core/messages';

let chosen: Messages = ENGLISH;

/** The command line's words in the chosen language. */
export function cliWords(): CliMessages {
  return chosen.cli;
}

/** The whole catalogue in the chosen language, for the checker's findings. */
export function cliMessages(): Messages {
  return chosen;
}

/** The locale tag the environment sets for messages, if any. */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
}

/**
 * Takes `--lang VALUE` or `--lang=VALUE` out of the arguments before `--`
 * and chooses the language; returns the other arguments, or an error when
 * the value names no language the catalogue has.
 */
export function chooseLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): { readonly args: string[]; readonly error?: string } {
  const args: string[] = [];
  let given: string | undefined;
  let missing = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') {
      given = argv[++i];
      if (given === undefined) missing = true;
    } else if (arg.startsWith('--lang=')) {
      given = arg.slice('--lang='.length);
    } else {
      args.push(arg);
    }
  }
  chosen = messagesFor(given ?? environmentLocale(env));
  if (missing) return { args, error: chosen.cli.needsValue('--lang') };
  if (given !== undefined && !/^(en|zh)([-_].*)?$/i.test(given)) return { args, error: chosen.cli.unknownLanguage(given) };
  if (given !== undefined && localeOf(given) === 'en' && !/^en/i.test(given)) return { args, error: chosen.cli.unknownLanguage(given) };
  return { args };
}
