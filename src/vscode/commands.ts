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
} as const;

export const VIEW_ID = 'cpcRelations.text';
/** The URI scheme of the read-only reader document. */
export const READER_SCHEME = 'cpc-relations';
