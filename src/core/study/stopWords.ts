/**
 * Words a frequency list leaves out: English function words, and the
 * commonest Chinese particles and pronouns. They stay searchable in the
 * concordance; only the list of a text's vocabulary omits them.
 */
const ENGLISH = `a about above after again against all also am an and any are as at be because been before being below between both but by can
could did do does doing down during each either even ever every few for from further had has have having he her here hers herself him himself
his how however i if in into is it its itself just let may me might more most much must my myself neither no nor not now of off on once only
or other others otherwise our ours ourselves out over own same shall she should since so some such than that the their theirs them themselves
then there these they this those though through thus to too under until up upon us very was we were what when where whether which while who
whom whose why will with within without would yet you your yours yourself yourselves s t one two many`;

const CHINESE = '的 了 和 与 及 是 在 有 也 都 而 并 之 其 这 那 就 对 为 以 于 把 被 从 到 上 中 等 我们 他们 它们 我 你 他 她 它 一个 个 不 或 又';

const STOP_WORDS: ReadonlySet<string> = new Set([...ENGLISH.split(/\s+/), ...CHINESE.split(' ')]);

/** Whether a frequency list leaves `word` (lower case, without a possessive) out. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
