/**
 * The citation engine: styles, formatted forms, exports, shaping for the
 * file being written, and adding the record to a bibliography file.
 */
export { addToBibliography, bibliographyFormat, bibliographyNamed, type AddResult, type BibliographyFormat } from './bibfile';
export { compose, composeText, type CitationForm, type CitationOutput, type CiteOptions, type Composition, type InsertionPoint, type QuotationShape, type Request } from './compose';
export { lead, type Lead } from './creators';
export { yearSuffixes } from './disambiguate';
export { CITATION_LANGUAGES, citationLanguage, documentLanguage, type CitationLanguage, type CitationLanguageSetting } from './documentLanguage';
export { cslItem, EXPORT_FORMATS, exportRecord, type ExportFormat } from './exports';
export { citationForms, readLocator, type WrittenCitation } from './forms';
export { locatorRich, pandocLocator, PARAGRAPH_NUMBERS, pinpointOf, stylePinpoint, type ParagraphNumbers, type Pinpoint } from './locator';
export { citationNumber, documentNumbers, type DocumentNumbers } from './numbering';
export { referenceList, type ListedEntry } from './referenceList';
export { type Rich } from './rich';
export { STYLE_IDS, type CitationStyle, type StyleId } from './style';
export { isStyleId, styleById, STYLES } from './styles';
export { holdsCitations, render, TARGET_IDS, targetFor, type TargetId } from './targets';
export { parseTemplate, TEMPLATE_FIELDS, type Template, type TemplateField } from './template';
export { citedWork, type CitedWork } from './work';
