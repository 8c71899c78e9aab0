import type { nbAccess } from '../nb/access'

/** English messages for sharing, roles, recent boards and board management; the same keys as bokmål. */
export const enAccess: { readonly [K in keyof typeof nbAccess]: string } = {
  'access.role.viewer': 'Viewer',
  'access.role.editor': 'Editor',
  'access.role.facilitator': 'Facilitator',
  'access.role.viewer.description': 'Can see the board and follow along, but not change anything.',
  'access.role.editor.description': 'Can change the board together with the others.',
  'access.role.facilitator.description':
    'Can change the board, share and revoke links, rename the board and delete it.',
  'access.role.yours': 'Your role: {role}',

  'access.viewer.heading': 'You can look, but not change',
  'access.viewer.notice':
    'The link you opened gives read access. That is why the buttons for adding, moving, changing and deleting are hidden. You can still select, zoom, filter and read details. Ask the facilitator for an editing link if you are to contribute.',
  'access.readOnly.keyboardHelp':
    'Press D for details. You have read access, so the card cannot be moved or changed. Space selects several cards.',
  'access.readOnly.relationHelp': 'You have read access, so the relation cannot be changed.',

  'access.refused.rateLimitedHeading': 'Disconnected from the board',
  'access.refused.heading': 'No access to this board',
  'access.refused.token_missing':
    'The link has no access key. Ask the board’s facilitator for a share link and open the board with it.',
  'access.refused.token_invalid':
    'The access key in the link is not valid. The link may have been copied incompletely or changed. Ask the facilitator for a new link.',
  'access.refused.token_wrong_board':
    'The link gives access to another board, not this one. Ask the facilitator for a link to this board.',
  'access.refused.token_revoked':
    'The facilitator has revoked the link you used. Ask for a new link if you should still have access.',
  'access.refused.token_expired':
    'The link you used has expired. Ask the facilitator for a new link.',
  'access.refused.forbidden_role': 'Your role does not allow this.',
  'access.refused.rate_limited':
    'The server disconnected this tab because it sent too many changes too fast. Reload the page to continue.',
  'access.refused.back': 'Go to the start page',
  'access.busy.board_full':
    'The board is full: too many people are connected right now. We keep trying by ourselves.',
  'access.busy.server_full':
    'The server has too many connections right now. We keep trying by ourselves.',

  'access.share.button': 'Share board',
  'access.share.heading': 'Share the board',
  'access.share.intro':
    'Each link gives a role. Revoke a link to shut it out, also for those on the board right now.',
  'access.share.duplicate.facilitator':
    'Only facilitators can make a copy of the board. The copy gets all the content, and whoever makes it becomes its facilitator.',
  'access.share.duplicate.editor':
    'Editors and facilitators can make a copy of the board. The copy gets all the content, and whoever makes it becomes its facilitator.',
  'access.share.close': 'Close',
  'access.share.create.heading': 'New link',
  'access.share.create.role': 'Role',
  'access.share.create.expiry': 'Expires (optional)',
  'access.share.create.expiryDescription':
    'The link works up to and including this date. Leave the field empty for a link that does not expire.',
  'access.share.create.expiryPast': 'Choose today or a later date.',
  'error.link.expiresAt.out_of_range': 'Choose today or a later date, at most ten years ahead.',
  'error.link.expiresAt.invalid_type': 'Write the date as day, month and year.',
  'access.share.create.submit': 'Create link',
  'access.share.created':
    'A link for {role} has been created and is at the top of the list. Copy it and send it to the participants.',
  'access.share.links.heading': 'Links',
  'access.share.links.loading': 'Fetching links …',
  'access.share.links.empty': 'The board has no links yet.',
  'access.share.links.error': 'Could not fetch the links. Try again.',
  'access.share.retry': 'Try again',
  'access.share.col.role': 'Role',
  'access.share.col.created': 'Created',
  'access.share.col.expires': 'Expires',
  'access.share.col.status': 'Status',
  'access.share.col.actions': 'Actions',
  'access.share.never': 'Never',
  'access.share.through': 'through {date}',
  'access.share.status.active': 'Active',
  'access.share.status.revoked': 'Revoked',
  'access.share.status.expired': 'Expired',
  'access.share.yours': 'your link',
  'access.share.copy': 'Copy',
  'access.share.copy.label': 'Copy link for {role}, created {date}',
  'access.share.copied': 'The link has been copied.',
  'access.share.copyFailed':
    'The browser did not let us copy. Select the link in the field and copy it yourself.',
  'access.share.copyField': 'Link for {role}',
  'access.share.revoke': 'Revoke',
  'access.share.revoke.label': 'Revoke link for {role}, created {date}',
  'access.share.revoke.heading': 'Revoke the link?',
  'access.share.revoke.body':
    'Everyone using the link for {role} loses access at once, also those on the board right now. This cannot be undone, but you can create a new link.',
  'access.share.revoke.bodyYours':
    'This is the link you are using yourself. If you revoke it, you lose access to the board from this browser.',
  'access.share.revoke.confirm': 'Revoke the link',
  'access.share.revoked': 'The link for {role} has been revoked.',
  'access.share.cancel': 'Cancel',

  'access.start.intro':
    'Create a board for the workshop and share links with the other participants. Each link gives a role: view, edit or facilitate.',
  'access.recent.heading': 'Boards you have opened',
  'access.recent.intro':
    'The boards you have created or opened in this browser. The list is kept only here, on this machine.',
  'access.recent.empty':
    'You have not opened any boards in this browser yet. Create a board above, or open a link you have been given.',
  'access.recent.lastOpened': 'Last opened {date}',
  'access.recent.refused': 'The link no longer works',
  'access.recent.actions': 'Actions for {title}',

  'access.board.rename': 'Rename',
  'access.board.rename.label': 'Rename {title}',
  'access.board.rename.heading': 'Rename the board',
  'access.board.rename.submit': 'Save',
  'access.board.renamed': 'The board is now called «{title}».',
  'access.board.duplicate': 'Make a copy',
  'access.board.duplicate.label': 'Make a copy of {title}',
  'access.board.duplicate.title': 'Copy of {title}',
  'access.board.duplicated': 'The copy «{title}» has been made and is at the top of the list.',
  'access.board.delete': 'Delete',
  'access.board.delete.label': 'Delete {title}',
  'access.board.delete.heading': 'Delete «{title}»?',
  'access.board.delete.body':
    'The board is deleted for everyone, and everyone on it now is disconnected. This cannot be undone.',
  'access.board.delete.confirm': 'Delete the board',
  'access.board.deleted': '«{title}» has been deleted.',
  'access.board.forget': 'Remove from list',
  'access.board.forget.label': 'Remove from list: {title}',
  'access.board.forgotten': '«{title}» has been removed from the list in this browser.',
  'access.board.cancel': 'Cancel',
  'access.board.close': 'Close',
  'access.board.notFound': 'The board no longer exists, so it has been removed from the list.',

  'access.create.adminRequired':
    'On this server only administrators can create boards. Enter the administrator key, or ask for a link to an existing board.',
  'access.create.adminToken': 'Administrator key',
  'access.create.adminTokenDescription': 'The key is remembered in this tab until you close it.',
  'access.create.adminInvalid': 'The administrator key is not right.',

  'admin.title': 'All boards',
  'admin.intro':
    'Every board on this server, for whoever holds the administrator key: when each was created and last edited, how many people are on it now, and how big it is.',
  'admin.link': 'All boards on the server (administrator)',
  'admin.key.label': 'Administrator key',
  'admin.key.description':
    'The key set with SAMKART_ADMIN_TOKEN. It is remembered in this tab only.',
  'admin.key.submit': 'Show the boards',
  'admin.key.wrong': 'The key is not right. Check it and try again.',
  'admin.search': 'Search boards (name or id)',
  'admin.search.clear': 'Clear the search',
  'admin.count': 'Showing {shown} of {total, plural, one {# board} other {# boards}}.',
  'admin.empty': 'No boards.',
  'admin.column.title': 'Board',
  'admin.column.created': 'Created',
  'admin.column.edited': 'Last edited',
  'admin.column.participants': 'Here now',
  'admin.column.size': 'Size',
  'admin.column.actions': 'Actions',
  'admin.open': 'Open',
  'admin.open.label': 'Open «{title}» as facilitator',
}
