// Public API of the cursor bundle (dist/atCursor.js): the address under the cursor and the block
// it belongs to, for the editor's lightbulb. Loaded the first time a cursor comes near an `@`, so
// activation never builds the parser's patterns.
export { contactBlock, type ContactBlock, type LineSource } from './contactBlock';
export { emailAtCursor, type EmailAtCursor } from './emailAtCursor';
