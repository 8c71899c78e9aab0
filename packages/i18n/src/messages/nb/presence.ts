/** Bokmål messages for presence, cursors, following, undo and offline status. */
export const nbPresence = {
  'presence.people.heading': 'Til stede',
  'presence.people.trigger': '{count} til stede',
  'presence.people.chooseName': 'Velg navn',
  'presence.people.you': '{name} (deg)',
  'presence.people.alone': 'Ingen andre er på tavla nå.',
  'presence.people.where.actors': 'i aktørkartet',
  'presence.people.where.journey': 'i en brukerreise',
  'presence.follow': 'Følg',
  'presence.follow.label': 'Følg {name}',
  'presence.summon': 'Hent alle hit',
  'presence.summon.help': 'Flytter alle andre på tavla til det du ser nå.',
  'presence.summon.done': 'Alle er hentet til din visning.',
  'presence.name.label': 'Navnet ditt',
  'presence.name.description': 'Vises for de andre på tavla og huskes i denne nettleseren.',
  'presence.name.save': 'Lagre navn',
  'presence.name.saved': 'Navnet ditt er nå {name}.',
  'presence.name.required': 'Skriv inn et navn.',
  'presence.name.tooLong': 'Navnet kan ikke være lengre enn {max} tegn.',
  'presence.guest': 'Gjest {number}',
  'presence.banner.following': 'Du følger {name}',
  'presence.banner.summoned': '{name} hentet deg hit',
  'presence.banner.stop': 'Slutt å følge',
  'presence.banner.close': 'Lukk',
  'presence.banner.escape': 'Esc avslutter',

  'undo.toolbar': 'Angre og gjør om',
  'undo.undo': 'Angre',
  'undo.redo': 'Gjør om',
  'undo.undo.title': 'Angre den siste endringen din (Ctrl+Z)',
  'undo.redo.title': 'Gjør om (Ctrl+Shift+Z)',
  'undo.undone': 'Angret den siste endringen din.',
  'undo.redone': 'Gjorde om endringen.',

  'status.syncing': 'Synkroniserer …',
  'status.saved': 'lagret',
  'offline.notice.stored':
    'Du er frakoblet. Endringene dine lagres i denne nettleseren og sendes når forbindelsen er tilbake, også om du lukker fanen eller laster siden på nytt.',
  'offline.notice.tabOnly':
    'Du er frakoblet. Denne nettleseren lar oss ikke lagre tavla lokalt, så endringene dine holdes bare i denne fanen til forbindelsen er tilbake. Ikke lukk fanen.',
  'offline.noCopy':
    'Du er frakoblet, og denne nettleseren har ingen kopi av tavla ennå. Tavla vises når forbindelsen er tilbake.',
} as const
