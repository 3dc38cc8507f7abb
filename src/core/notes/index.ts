/** Study notes: highlights and notes on the texts, their file, their placing, filtering and export. */
export { placeAnchor, placingAnchor, Placements, placeNotes, placingNotes, withPlacement, type Placement, type PlacedNote } from './anchor';
export { exportingNotes, exportNotes, type ExportOptions } from './export';
export { parseNotes, parsingNotes, serializeNotes, serializingNotes, sortNotes, type NotesParse, type NotesProblem } from './file';
export { allTags, countsByParagraph, filterNotes, notesBySection, notesMatching, type NoteCount, type NotesFilter } from './filter';
export { COLOURS, colourName, DEFAULT_COLOUR_NAMES, isColour, newNoteId, tagsOf, type Anchor, type Colour, type StudyNote } from './model';
export { anchorFromPassage, anchorFromReader, anchorOfParagraph, readerRange } from './reader';
export { annotate, changeNote, deleteNote, highlight } from './edit';
export { atOnce, inSlices, type SliceOptions, type Steps } from './slices';
