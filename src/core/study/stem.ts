/**
 * A light English stemmer: it groups the inflected forms a writer looks up
 * together (relation, relations; develop, developed, developing; country,
 * countries; peace, peaceful, peacefully) and nothing more. Heavier stemmers
 * (Porter, Snowball) also fold "international" into "intern" and "policy"
 * into "polic", which a concordance reader would find wrong; this one strips
 * only plural, possessive, past, progressive and the -ful/-ly endings, each
 * only when a recognisable stem is left.
 */

/** Words ending as if inflected that are not, and would be wrongly grouped. */
const KEPT_AS_IS = new Set([
  'this', 'thus', 'was', 'has', 'is', 'us', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'always', 'perhaps', 'news', 'series', 'species',
  'only', 'early', 'family', 'apply', 'supply', 'reply', 'rely', 'ally', 'italy', 'july', 'holy', 'ugly', 'assembly', 'anomaly', 'monopoly',
  'multiply', 'comply', 'imply', 'rally', 'daily', 'likely', 'unlikely', 'lonely', 'lovely', 'elderly', 'friendly', 'costly', 'orderly', 'bully',
  'during', 'morning', 'evening', 'thing', 'nothing', 'something', 'anything', 'everything', 'king', 'ring', 'spring', 'string', 'bring', 'wing', 'sing',
  'ceiling', 'beijing', 'nanjing', 'chongqing', 'qing', 'ming', 'jiang', 'xinjiang', 'zhejiang', 'heilongjiang',
  'need', 'feed', 'seed', 'speed', 'indeed', 'hundred', 'bed', 'red', 'shed', 'united', 'naked', 'sacred', 'wicked', 'kindred',
]);
const VOWEL = /[aeiouy]/;
/** Stems may end doubled ("stopp" from "stopped"); these letters double in the word itself ("call", "pass", "buzz"). */
const DOUBLING_KEPT = /(ll|ss|zz|ff)$/;

/**
 * The group of an English word, lower case: every form of the same word has
 * the same one. Not a word in its own right ("peac" for "peace"); show a form
 * of the group, not the stem. Words of other scripts, numbers and words of
 * three letters or fewer are their own group.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['\u2019]s?$/, '');
  if (w.length <= 3 || !/^[a-z]+$/.test(w) || KEPT_AS_IS.has(w)) return w;
  w = plural(w);
  if (KEPT_AS_IS.has(w)) return w;
  w = tense(w);
  w = adverbial(w);
  // "increase", "increased" and "increasing" meet at "increas".
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

function plural(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(sses|xes|ches|shes|zzes)$/.test(w)) return w.slice(0, -2);
  if (/(ss|us|is)$/.test(w)) return w;
  if (w.endsWith('s') && w.length > 3) return w.slice(0, -1);
  return w;
}

function tense(w: string): string {
  for (const ending of ['ing', 'ed']) {
    if (!w.endsWith(ending)) continue;
    const base = w.slice(0, -ending.length);
    if (base.length < 3 || !VOWEL.test(base)) return w;
    if (ending === 'ed' && base.endsWith('i')) return `${base.slice(0, -1)}y`;
    if (/([bcdfghjklmnpqrstvwxz])\1$/.test(base) && !DOUBLING_KEPT.test(base)) return base.slice(0, -1);
    return base;
  }
  return w;
}

function adverbial(w: string): string {
  if (w.endsWith('fully') && w.length > 7) return w.slice(0, -5);
  if (w.endsWith('ful') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ily') && w.length > 5) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ly') && w.length > 5 && VOWEL.test(w.slice(0, -2))) return w.slice(0, -2);
  return w;
}
