/**
 * Quotation checking: the public face of src/core/check. Adapters and the
 * command line import from here.
 */
export { QuotationChecker, checkQuotations, type CheckStats } from './checker';
export { findWorkCitations } from './workCitations';
export { citationEdits, citationManner } from './manner';
export { locatorLabel } from './locator';
export { FINDING_KINDS, findingAnchor } from './types';
export type * from './types';
export { disableComment, ignoreComment, ignoreEdit, isCheckingDisabled, withoutSuppressed, DISABLE_MARK, IGNORE_MARK } from './suppress';
