/** The comments tool's id in the workshop rail. */
export const COMMENTS_TOOL_ID = 'comments'
