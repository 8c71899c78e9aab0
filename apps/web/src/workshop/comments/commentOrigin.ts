/**
 * The transaction origin of comment writes. Not the tab's undo origin: Ctrl+Z on the board
 * undoes edits of the board, never a comment someone has already read.
 */
export const COMMENT_ORIGIN = Symbol('samkart-comment')
