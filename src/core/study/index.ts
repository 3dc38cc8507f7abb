export { Concordance, type ConcordanceResult, type Occurrence, type TextCount } from './concordance';
export type { FrequencyEntry } from './frequency';
export { parseConcordanceQuery, type ConcordanceQuery, type QueryProblem } from './query';
export { concordanceRows, DEFAULT_CONTEXT_WIDTH, frequencyRows, paragraphMark, type ConcordanceRow, type FrequencyRow, type Span } from './rows';
export type { StudyParagraph } from './wordIndex';
export type { PrepareOptions } from '../slices';
