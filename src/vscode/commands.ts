/** Every command id in one place; package.json declares the same ids. */
export const Commands = {
  search: 'cpcRelations.search',
  openReader: 'cpcRelations.openReader',
  openInReader: 'cpcRelations.openInReader',
  insertQuotation: 'cpcRelations.insertQuotation',
  insertCitation: 'cpcRelations.insertCitation',
  copyQuotation: 'cpcRelations.copyQuotation',
  copyCitation: 'cpcRelations.copyCitation',
  copyReference: 'cpcRelations.copyReference',
  insertReference: 'cpcRelations.insertReference',
  insertReferenceList: 'cpcRelations.insertReferenceList',
  addToBibliography: 'cpcRelations.addToBibliography',
  chooseStyle: 'cpcRelations.chooseStyle',
  citeSelection: 'cpcRelations.citeSelection',
  findCitations: 'cpcRelations.findCitations',
  checkQuotations: 'cpcRelations.checkQuotations',
  fixAll: 'cpcRelations.fixAll',
  stopChecking: 'cpcRelations.stopChecking',
  resumeChecking: 'cpcRelations.resumeChecking',
  getStarted: 'cpcRelations.getStarted',
  showText: 'cpcRelations.showText',
  makeText: 'cpcRelations.makeText',
  highlight: 'cpcRelations.highlight',
  addNote: 'cpcRelations.addNote',
  editNote: 'cpcRelations.editNote',
  deleteNote: 'cpcRelations.deleteNote',
  openNote: 'cpcRelations.openNote',
  insertNoteQuotation: 'cpcRelations.insertNoteQuotation',
  filterNotes: 'cpcRelations.filterNotes',
  clearNotesFilter: 'cpcRelations.clearNotesFilter',
  exportNotes: 'cpcRelations.exportNotes',
  openNotesFile: 'cpcRelations.openNotesFile',
  /** Internal: the buttons of a note's comment thread in the reader. */
  replyToNote: 'cpcRelations.notes.reply',
  editComment: 'cpcRelations.notes.editComment',
  saveComment: 'cpcRelations.notes.saveComment',
  cancelComment: 'cpcRelations.notes.cancelComment',
  deleteComment: 'cpcRelations.notes.deleteComment',
  concordance: 'cpcRelations.concordance',
  wordFrequencies: 'cpcRelations.wordFrequencies',
  /** Internal: opens the reader at one occurrence of a concordance (its links call it). */
  openOccurrence: 'cpcRelations.openOccurrence',
  /** Internal: while the search picker is open (Ctrl+Enter), lists what can be done with the highlighted result. */
  searchResultActions: 'cpcRelations.searchResultActions',
  /** Internal: selects paragraph n in the tree (the reader calls it as its cursor moves). */
  revealInTree: 'cpcRelations.revealInTree',
} as const;

export const VIEW_ID = 'cpcRelations.text';
export const NOTES_VIEW_ID = 'cpcRelations.notes';
/** The URI scheme of the read-only reader document. */
export const READER_SCHEME = 'cpc-relations';
/** The URI scheme of the read-only concordance and word-frequency documents. */
export const STUDY_SCHEME = 'cpc-relations-study';
/** The extension's own read-only documents: never checked, never written into. */
export const OWN_SCHEMES: readonly string[] = [READER_SCHEME, STUDY_SCHEME];
/** The reader document's path: its name is the tab's title, its extension makes it Markdown. */
export const READER_PATH = "/The Outstanding Results of CPC's International Relations.md";
