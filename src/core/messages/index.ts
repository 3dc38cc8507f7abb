/**
 * The message catalogue of the core and the command line: English by
 * default, Simplified Chinese when the locale asks for it. The core never
 * reads a locale itself: the caller picks the catalogue (VS Code's display
 * language, the command line's LANG or --lang) and passes it in.
 */
import { ENGLISH } from './en';
import type { Locale, Messages } from './types';
import { SIMPLIFIED_CHINESE } from './zhCn';

export type { BibMessages, CheckMessages, CliMessages, DifferenceDescription, Locale, Messages, NotesMessages, ParseMessages, ReaderMessages, SearchMessages, TemplateMessages, UnplacedReason } from './types';
export { ENGLISH } from './en';
export { SIMPLIFIED_CHINESE } from './zhCn';

/**
 * The catalogue's locale for a language tag as VS Code (`zh-cn`), BCP 47
 * (`zh-Hans-CN`) or POSIX (`zh_CN.UTF-8`) writes it: Chinese for `zh` in
 * simplified script or of mainland China and Singapore (and bare `zh`),
 * English for everything else, traditional Chinese included, which the
 * catalogue does not have.
 */
export function localeOf(tag: string | undefined): Locale {
  const t = (tag ?? '').trim().toLowerCase().replace(/[.@].*$/, '').replace(/_/g, '-');
  if (!/^zh(-|$)/.test(t)) return 'en';
  if (/-(hant|tw|hk|mo)(-|$)/.test(t)) return 'en';
  return 'zh-cn';
}

/** The catalogue for a language tag. */
export function messagesFor(tag: string | undefined): Messages {
  return localeOf(tag) === 'zh-cn' ? SIMPLIFIED_CHINESE : ENGLISH;
}
