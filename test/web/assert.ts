/**
 * A stand-in for Node's `assert` / `assert/strict` in the web worker bundle of
 * the integration suite (esbuild.js maps those imports here), so test files
 * written for the Node extension host also run in the web one. It covers the
 * strict API the suites use; comparisons are always strict.
 */

export class AssertionError extends Error {
  constructor(message: string, readonly actual?: unknown, readonly expected?: unknown) {
    super(message);
    this.name = 'AssertionError';
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Map) return `Map(${show([...value])})`;
  if (value instanceof Set) return `Set(${show([...value])})`;
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Throws the caller's error, or an AssertionError whose message keeps the details (as Node's does). */
function raise(message: string | Error | undefined, details: string, actual?: unknown, expected?: unknown): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message === undefined ? details : `${message}\n${details}`, actual, expected);
}

function isDeepStrictEqual(a: unknown, b: unknown, seen = new Map<object, object>()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>;
    return a.size === other.size && [...a].every(([k, v]) => other.has(k) && isDeepStrictEqual(v, other.get(k), seen));
  }
  if (a instanceof Set) {
    const rest = [...(b as Set<unknown>)];
    return a.size === rest.length && [...a].every((v) => {
      const i = rest.findIndex((w) => isDeepStrictEqual(v, w, seen));
      return i >= 0 && rest.splice(i, 1).length === 1;
    });
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((k) => Object.prototype.hasOwnProperty.call(b, k) && isDeepStrictEqual(recordA[k], recordB[k], seen));
}

type Message = string | Error;

export function ok(value: unknown, message?: Message): asserts value {
  if (value) return;
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? `The expression evaluated to a falsy value: ${show(value)}`, value, true);
}

export function equal<T>(actual: unknown, expected: T, message?: Message): asserts actual is T {
  if (!Object.is(actual, expected)) raise(message, `Expected values to be strictly equal:\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`, actual, expected);
}

export function notEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (Object.is(actual, expected)) raise(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, actual, expected);
}

export function deepEqual<T>(actual: unknown, expected: T, message?: Message): asserts actual is T {
  if (!isDeepStrictEqual(actual, expected)) raise(message, `Expected values to be deep-strictly equal:\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`, actual, expected);
}

export function notDeepEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (isDeepStrictEqual(actual, expected)) raise(message, `Expected "actual" not to be deep-strictly equal to: ${show(expected)}`, actual, expected);
}

export function match(value: string, pattern: RegExp, message?: Message): void {
  if (typeof value !== 'string' || !pattern.test(value)) raise(message, `The input did not match the regular expression ${String(pattern)}. Input: ${show(value)}`, value, pattern);
}

export function doesNotMatch(value: string, pattern: RegExp, message?: Message): void {
  if (typeof value !== 'string' || pattern.test(value)) raise(message, `The input was expected to not match the regular expression ${String(pattern)}. Input: ${show(value)}`, value, pattern);
}

export function fail(message?: Message): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? 'Failed');
}

type Expected = RegExp | ((error: unknown) => boolean) | (new (...args: never[]) => unknown) | Record<string, unknown>;

function checkError(error: unknown, expected: Expected | undefined, message?: Message): void {
  if (expected === undefined) return;
  if (expected instanceof RegExp) {
    match(String(error instanceof Error ? `${error.name}: ${error.message}` : error), expected, message);
  } else if (typeof expected === 'function') {
    if (expected.prototype !== undefined && error instanceof (expected as new () => unknown)) return;
    if ((expected as (error: unknown) => boolean)(error) !== true) raise(message, `The error did not satisfy the validation function: ${show(error)}`);
  } else {
    for (const [key, value] of Object.entries(expected)) {
      const actual = (error as Record<string, unknown>)[key];
      if (value instanceof RegExp && typeof actual === 'string') match(actual, value, message);
      else deepEqual(actual, value, message);
    }
  }
}

export function throws(fn: () => unknown, expected?: Expected | Message, message?: Message): void {
  if (typeof expected === 'string') [message, expected] = [expected, undefined];
  try {
    fn();
  } catch (error) {
    checkError(error, expected as Expected | undefined, message);
    return;
  }
  raise(message, 'Missing expected exception.');
}

export function doesNotThrow(fn: () => unknown, message?: Message): void {
  try {
    fn();
  } catch (error) {
    raise(message, `Got unwanted exception: ${error instanceof Error ? error.message : show(error)}`);
  }
}

export async function rejects(promise: Promise<unknown> | (() => Promise<unknown>), expected?: Expected | Message, message?: Message): Promise<void> {
  if (typeof expected === 'string') [message, expected] = [expected, undefined];
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    checkError(error, expected as Expected | undefined, message);
    return;
  }
  raise(message, 'Missing expected rejection.');
}

export async function doesNotReject(promise: Promise<unknown> | (() => Promise<unknown>), message?: Message): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    raise(message, `Got unwanted rejection: ${error instanceof Error ? error.message : show(error)}`);
  }
}

export { equal as strictEqual, notEqual as notStrictEqual, deepEqual as deepStrictEqual, notDeepEqual as notDeepStrictEqual };

const assert = Object.assign((value: unknown, message?: Message) => ok(value, message), {
  AssertionError, ok, equal, notEqual, strictEqual: equal, notStrictEqual: notEqual, deepEqual, deepStrictEqual: deepEqual,
  notDeepEqual, notDeepStrictEqual: notDeepEqual, match, doesNotMatch, fail, throws, doesNotThrow, rejects, doesNotReject,
});
export const strict = assert;
export default assert;
