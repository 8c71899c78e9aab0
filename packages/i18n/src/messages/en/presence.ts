import type { nbPresence } from '../nb/presence'

/** English messages for presence, cursors, following, undo and offline status; the same keys as bokmål. */
export const enPresence: { readonly [K in keyof typeof nbPresence]: string } = {
  'presence.people.heading': 'Here now',
  'presence.people.trigger': '{count} here',
  'presence.people.chooseName': 'Choose a name',
  'presence.people.you': '{name} (you)',
  'presence.people.alone': 'Nobody else is on the board right now.',
  'presence.people.where.actors': 'in the stakeholder map',
  'presence.people.where.journey': 'in a service journey',
  'presence.follow': 'Follow',
  'presence.follow.label': 'Follow {name}',
  'presence.summon': 'Bring everyone here',
  'presence.summon.help': 'Moves everyone else on the board to what you see now.',
  'presence.summon.done': 'Everyone has been brought to your view.',
  'presence.name.label': 'Your name',
  'presence.name.description': 'Shown to the others on the board and remembered in this browser.',
  'presence.name.save': 'Save name',
  'presence.name.saved': 'Your name is now {name}.',
  'presence.name.required': 'Enter a name.',
  'presence.name.tooLong': 'The name cannot be longer than {max} characters.',
  'presence.guest': 'Guest {number}',
  'presence.banner.following': 'You are following {name}',
  'presence.banner.summoned': '{name} brought you here',
  'presence.banner.stop': 'Stop following',
  'presence.banner.close': 'Close',
  'presence.banner.escape': 'Esc stops',
  'presence.selectedBy': 'Selected by {names}.',

  'undo.toolbar': 'Undo and redo',
  'undo.undo': 'Undo',
  'undo.redo': 'Redo',
  'undo.undo.title': 'Undo your last change (Ctrl+Z)',
  'undo.redo.title': 'Redo (Ctrl+Shift+Z)',
  'undo.undone': 'Undid your last change.',
  'undo.redone': 'Redid the change.',

  'status.syncing': 'Syncing …',
  'status.saved': 'saved',
  'offline.notice.stored':
    'You are offline. Your changes are saved in this browser and sent when the connection is back, even if you close the tab or reload the page.',
  'offline.notice.tabOnly':
    'You are offline. This browser does not let us store the board locally, so your changes are kept only in this tab until the connection is back. Do not close the tab.',
  'offline.noCopy':
    'You are offline, and this browser has no copy of the board yet. The board will show when the connection is back.',
}
