import type { nbAccess } from '../nb/access'

/** Nynorsk messages for sharing, roles, recent boards and board management. */
export const nnAccess: Record<keyof typeof nbAccess, string> = {
  'access.role.viewer': 'Lesar',
  'access.role.editor': 'Redigerar',
  'access.role.facilitator': 'Fasilitator',
  'access.role.viewer.description': 'Kan sjå tavla og følgje med, men ikkje endre noko.',
  'access.role.editor.description': 'Kan endre tavla saman med dei andre.',
  'access.role.facilitator.description':
    'Kan endre tavla, dele og trekkje tilbake lenkjer, gi tavla nytt namn og slette ho.',
  'access.role.yours': 'Rolla di: {role}',

  'access.viewer.heading': 'Du kan sjå, men ikkje endre',
  'access.viewer.notice':
    'Lenkja du opna, gir lesetilgang. Difor er knappane for å leggje til, flytte, endre og slette skjulte. Du kan framleis velje, zoome, filtrere og lese detaljar. Be fasilitatoren om ei lenkje for redigering viss du skal bidra.',
  'access.readOnly.keyboardHelp':
    'Trykk D for detaljar. Du har lesetilgang, så kortet kan ikkje flyttast eller endrast. Mellomrom vel fleire kort.',
  'access.readOnly.relationHelp': 'Du har lesetilgang, så relasjonen kan ikkje endrast.',

  'access.refused.rateLimitedHeading': 'Kopla frå tavla',
  'access.refused.heading': 'Ingen tilgang til tavla',
  'access.refused.token_missing':
    'Lenkja manglar tilgangsnøkkel. Be fasilitatoren for tavla om ei delingslenkje, og opne tavla med henne.',
  'access.refused.token_invalid':
    'Tilgangsnøkkelen i lenkja er ugyldig. Lenkja kan vere kopiert ufullstendig eller endra. Be fasilitatoren om ei ny lenkje.',
  'access.refused.token_wrong_board':
    'Lenkja gir tilgang til ei anna tavle, ikkje denne. Be fasilitatoren om ei lenkje til denne tavla.',
  'access.refused.token_revoked':
    'Fasilitatoren har trekt tilbake lenkja du brukte. Be om ei ny lenkje viss du framleis skal ha tilgang.',
  'access.refused.token_expired':
    'Lenkja du brukte, har gått ut. Be fasilitatoren om ei ny lenkje.',
  'access.refused.forbidden_role': 'Rolla di gir ikkje lov til dette.',
  'access.refused.rate_limited':
    'Tenaren kopla frå denne fana fordi ho sende for mange endringar for fort. Last inn sida på nytt for å halde fram.',
  'access.refused.back': 'Gå til startsida',
  'access.busy.board_full':
    'Tavla er full: for mange er kopla til akkurat no. Vi prøver igjen av oss sjølve.',
  'access.busy.server_full':
    'Tenaren har for mange tilkoplingar akkurat no. Vi prøver igjen av oss sjølve.',

  'access.share.button': 'Del tavla',
  'access.share.heading': 'Del tavla',
  'access.share.intro':
    'Kvar lenkje gir ei rolle. Trekk tilbake ei lenkje for å stengje henne ute, også for dei som er på tavla no.',
  'access.share.duplicate.facilitator':
    'Berre fasilitatorar kan lage ein kopi av tavla. Kopien får alt innhaldet, og den som lagar han, blir fasilitator for kopien.',
  'access.share.duplicate.editor':
    'Redigerarar og fasilitatorar kan lage ein kopi av tavla. Kopien får alt innhaldet, og den som lagar han, blir fasilitator for kopien.',
  'access.share.close': 'Lukk',
  'access.share.create.heading': 'Ny lenkje',
  'access.share.create.role': 'Rolle',
  'access.share.create.expiry': 'Går ut (valfritt)',
  'access.share.create.expiryDescription':
    'Lenkja verkar til og med denne datoen. La feltet stå tomt for ei lenkje utan utløp.',
  'access.share.create.expiryPast': 'Vel ein dato frå og med i dag.',
  'error.link.expiresAt.out_of_range': 'Vel ein dato frå og med i dag og høgst ti år fram.',
  'error.link.expiresAt.invalid_type': 'Skriv datoen som dag, månad og år.',
  'access.share.create.submit': 'Lag lenkje',
  'access.share.created':
    'Lenkje for {role} er laga og står øvst i lista. Kopier henne og send henne til deltakarane.',
  'access.share.links.heading': 'Lenkjer',
  'access.share.links.loading': 'Hentar lenkjer …',
  'access.share.links.empty': 'Tavla har ingen lenkjer enno.',
  'access.share.links.error': 'Klarte ikkje å hente lenkjene. Prøv igjen.',
  'access.share.retry': 'Prøv igjen',
  'access.share.col.role': 'Rolle',
  'access.share.col.created': 'Laga',
  'access.share.col.expires': 'Går ut',
  'access.share.col.status': 'Status',
  'access.share.col.actions': 'Handlingar',
  'access.share.never': 'Aldri',
  'access.share.through': 'til og med {date}',
  'access.share.status.active': 'Aktiv',
  'access.share.status.revoked': 'Trekt tilbake',
  'access.share.status.expired': 'Gått ut',
  'access.share.yours': 'lenkja di',
  'access.share.copy': 'Kopier',
  'access.share.copy.label': 'Kopier lenkje for {role}, laga {date}',
  'access.share.copied': 'Lenkja er kopiert.',
  'access.share.copyFailed':
    'Nettlesaren lét oss ikkje kopiere. Merk lenkja i feltet og kopier henne sjølv.',
  'access.share.copyField': 'Lenkje for {role}',
  'access.share.revoke': 'Trekk tilbake',
  'access.share.revoke.label': 'Trekk tilbake lenkje for {role}, laga {date}',
  'access.share.revoke.heading': 'Trekkje tilbake lenkja?',
  'access.share.revoke.body':
    'Alle som brukar lenkja for {role}, mistar tilgangen med ein gong, også dei som er på tavla no. Dette kan ikkje angrast, men du kan lage ei ny lenkje.',
  'access.share.revoke.bodyYours':
    'Dette er lenkja du sjølv brukar. Trekkjer du henne tilbake, mistar du tilgangen til tavla frå denne nettlesaren.',
  'access.share.revoke.confirm': 'Trekk tilbake lenkja',
  'access.share.revoked': 'Lenkja for {role} er trekt tilbake.',
  'access.share.cancel': 'Avbryt',

  'access.start.intro':
    'Lag ei tavle for arbeidsverkstaden, og del lenkjer med dei andre deltakarane. Kvar lenkje gir ei rolle: lese, redigere eller fasilitere.',
  'access.recent.heading': 'Tavler du har opna',
  'access.recent.intro':
    'Tavlene du har laga eller opna i denne nettlesaren. Lista ligg berre her, på denne maskina.',
  'access.recent.empty':
    'Du har ikkje opna nokon tavler i denne nettlesaren enno. Opprett ei tavle over, eller opne ei lenkje du har fått.',
  'access.recent.lastOpened': 'Sist opna {date}',
  'access.recent.refused': 'Lenkja verkar ikkje lenger',
  'access.recent.actions': 'Handlingar for {title}',

  'access.board.rename': 'Gi nytt namn',
  'access.board.rename.label': 'Gi nytt namn til {title}',
  'access.board.rename.heading': 'Gi tavla nytt namn',
  'access.board.rename.submit': 'Lagre',
  'access.board.renamed': 'Tavla heiter no «{title}».',
  'access.board.duplicate': 'Lag kopi',
  'access.board.duplicate.label': 'Lag kopi av {title}',
  'access.board.duplicate.title': 'Kopi av {title}',
  'access.board.duplicated': 'Kopien «{title}» er laga og står øvst i lista.',
  'access.board.delete': 'Slett',
  'access.board.delete.label': 'Slett {title}',
  'access.board.delete.heading': 'Slette «{title}»?',
  'access.board.delete.body':
    'Tavla blir sletta for alle, og alle som er på henne no, blir kopla frå. Dette kan ikkje angrast.',
  'access.board.delete.confirm': 'Slett tavla',
  'access.board.deleted': '«{title}» er sletta.',
  'access.board.forget': 'Fjern frå lista',
  'access.board.forget.label': 'Fjern frå lista: {title}',
  'access.board.forgotten': '«{title}» er fjerna frå lista i denne nettlesaren.',
  'access.board.cancel': 'Avbryt',
  'access.board.close': 'Lukk',
  'access.board.notFound': 'Tavla finst ikkje lenger, så ho er fjerna frå lista.',

  'access.create.adminRequired':
    'På denne tenaren kan berre administratorar opprette tavler. Skriv inn administratornøkkelen, eller be om ei lenkje til ei tavle som finst.',
  'access.create.adminToken': 'Administratornøkkel',
  'access.create.adminTokenDescription': 'Nøkkelen blir hugsa i denne fana til du lukkar henne.',
  'access.create.adminInvalid': 'Administratornøkkelen stemmer ikkje.',
}
