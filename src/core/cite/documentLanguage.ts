/**
 * The language citations are written in: the document's, not the
 * interface's. A document mostly in Chinese characters is Chinese; any other
 * is English (the styles' own language).
 */

/** What `cpcRelations.citation.language` may say. */
export const CITATION_LANGUAGES = ['auto', 'en', 'zh'] as const;
export type CitationLanguageSetting = (typeof CITATION_LANGUAGES)[number];
/** The language a citation is written in. */
export type CitationLanguage = Exclude<CitationLanguageSetting, 'auto'>;

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/g;
const LATIN_WORD = /[A-Za-z\u00c0-\u024f]+/g;

/**
 * Chinese when the document's CJK characters outnumber its words in Latin
 * letters: a Chinese character carries about what an English word does, so
 * an essay in Chinese that quotes the English text at length stays Chinese,
 * and an English essay with a few Chinese names stays English. One pass
 * over the text for each count.
 */
export function documentLanguage(text: string): CitationLanguage {
  const cjk = text.match(CJK)?.length ?? 0;
  if (cjk === 0) return 'en';
  const latin = text.match(LATIN_WORD)?.length ?? 0;
  return cjk > latin ? 'zh' : 'en';
}

/** The language to cite in: the setting's, or the document's for `auto`. */
export function citationLanguage(setting: CitationLanguageSetting, document: string): CitationLanguage {
  return setting === 'auto' ? documentLanguage(document) : setting;
}
