/**
 * Values and messages cut to a length a notification can show: a setting can
 * hold a string of any length, and a warning that repeats it whole would fill
 * the screen.
 */

/** The longest value a message quotes whole. */
export const SHOWN_VALUE_MAX = 60;
/** The longest message shown whole. */
export const SHOWN_MESSAGE_MAX = 400;

/**
 * A value as a message quotes it: its JSON, cut to SHOWN_VALUE_MAX
 * characters when longer, and then with the whole JSON's `length`, so that
 * each language can say both in a sentence of its own.
 */
export function quotedValue(value: unknown): { readonly text: string; readonly length?: number } {
  const json = JSON.stringify(value) ?? String(value);
  return json.length <= SHOWN_VALUE_MAX ? { text: json } : { text: json.slice(0, SHOWN_VALUE_MAX), length: json.length };
}

/** A value as an English message quotes it: JSON, cut past SHOWN_VALUE_MAX characters, with its full length given. */
export function describeValue(value: unknown): string {
  const { text, length } = quotedValue(value);
  return length === undefined ? text : `${text}… (${length.toLocaleString('en')} characters)`;
}

/** A message cut past SHOWN_MESSAGE_MAX characters: a last guard for messages that quote what a user wrote. */
export function shortMessage(message: string): string {
  return message.length <= SHOWN_MESSAGE_MAX ? message : `${message.slice(0, SHOWN_MESSAGE_MAX)}…`;
}
