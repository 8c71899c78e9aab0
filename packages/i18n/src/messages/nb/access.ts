/** Bokmål messages for sharing, roles, recent boards and board management. */
export const nbAccess = {
  'access.role.viewer': 'Leser',
  'access.role.editor': 'Redigerer',
  'access.role.facilitator': 'Fasilitator',
  'access.role.viewer.description': 'Kan se tavla og følge med, men ikke endre noe.',
  'access.role.editor.description': 'Kan endre tavla sammen med de andre.',
  'access.role.facilitator.description':
    'Kan endre tavla, dele og trekke tilbake lenker, gi tavla nytt navn og slette den.',
  'access.role.yours': 'Din rolle: {role}',

  'access.viewer.heading': 'Du kan se, men ikke endre',
  'access.viewer.notice':
    'Lenken du åpnet, gir lesetilgang. Derfor er knappene for å legge til, flytte, endre og slette skjult. Du kan fortsatt velge, zoome, filtrere og lese detaljer. Be fasilitatoren om en lenke for redigering hvis du skal bidra.',
  'access.readOnly.keyboardHelp':
    'Trykk D for detaljer. Du har lesetilgang, så kortet kan ikke flyttes eller endres. Mellomrom velger flere kort.',
  'access.readOnly.relationHelp': 'Du har lesetilgang, så relasjonen kan ikke endres.',

  'access.refused.rateLimitedHeading': 'Koblet fra tavla',
  'access.refused.heading': 'Ingen tilgang til tavla',
  'access.refused.token_missing':
    'Lenken mangler tilgangsnøkkel. Be fasilitatoren for tavla om en delingslenke, og åpne tavla med den.',
  'access.refused.token_invalid':
    'Tilgangsnøkkelen i lenken er ugyldig. Lenken kan være kopiert ufullstendig eller endret. Be fasilitatoren om en ny lenke.',
  'access.refused.token_wrong_board':
    'Lenken gir tilgang til en annen tavle, ikke denne. Be fasilitatoren om en lenke til denne tavla.',
  'access.refused.token_revoked':
    'Fasilitatoren har trukket tilbake lenken du brukte. Be om en ny lenke hvis du fortsatt skal ha tilgang.',
  'access.refused.token_expired': 'Lenken du brukte, har utløpt. Be fasilitatoren om en ny lenke.',
  'access.refused.forbidden_role': 'Rollen din gir ikke lov til dette.',
  'access.refused.rate_limited':
    'Tjeneren koblet fra denne fanen fordi den sendte for mange endringer for raskt. Last inn siden på nytt for å fortsette.',
  'access.refused.back': 'Gå til startsiden',
  'access.busy.board_full':
    'Tavla er full: for mange er koblet til akkurat nå. Vi prøver igjen av oss selv.',
  'access.busy.server_full':
    'Tjeneren har for mange tilkoblinger akkurat nå. Vi prøver igjen av oss selv.',

  'access.share.button': 'Del tavla',
  'access.share.heading': 'Del tavla',
  'access.share.intro':
    'Hver lenke gir en rolle. Trekk tilbake en lenke for å stenge den ute, også for dem som er på tavla nå.',
  'access.share.duplicate.facilitator':
    'Bare fasilitatorer kan lage en kopi av tavla. Kopien får alt innholdet, og den som lager den blir fasilitator for kopien.',
  'access.share.duplicate.editor':
    'Redigerere og fasilitatorer kan lage en kopi av tavla. Kopien får alt innholdet, og den som lager den blir fasilitator for kopien.',
  'access.share.close': 'Lukk',
  'access.share.create.heading': 'Ny lenke',
  'access.share.create.role': 'Rolle',
  'access.share.create.expiry': 'Utløper (valgfritt)',
  'access.share.create.expiryDescription':
    'Lenken virker til og med denne datoen. La feltet stå tomt for en lenke uten utløp.',
  'access.share.create.expiryPast': 'Velg en dato fra og med i dag.',
  'error.link.expiresAt.out_of_range': 'Velg en dato fra og med i dag og høyst ti år fram.',
  'error.link.expiresAt.invalid_type': 'Skriv datoen som dag, måned og år.',
  'access.share.create.submit': 'Lag lenke',
  'access.share.created':
    'Lenke for {role} er laget og står øverst i listen. Kopier den og send den til deltakerne.',
  'access.share.links.heading': 'Lenker',
  'access.share.links.loading': 'Henter lenker …',
  'access.share.links.empty': 'Tavla har ingen lenker ennå.',
  'access.share.links.error': 'Klarte ikke å hente lenkene. Prøv igjen.',
  'access.share.retry': 'Prøv igjen',
  'access.share.col.role': 'Rolle',
  'access.share.col.created': 'Laget',
  'access.share.col.expires': 'Utløper',
  'access.share.col.status': 'Status',
  'access.share.col.actions': 'Handlinger',
  'access.share.never': 'Aldri',
  'access.share.through': 'til og med {date}',
  'access.share.status.active': 'Aktiv',
  'access.share.status.revoked': 'Trukket tilbake',
  'access.share.status.expired': 'Utløpt',
  'access.share.yours': 'din lenke',
  'access.share.copy': 'Kopier',
  'access.share.copy.label': 'Kopier lenke for {role}, laget {date}',
  'access.share.copied': 'Lenken er kopiert.',
  'access.share.copyFailed':
    'Nettleseren lot oss ikke kopiere. Merk lenken i feltet og kopier den selv.',
  'access.share.copyField': 'Lenke for {role}',
  'access.share.revoke': 'Trekk tilbake',
  'access.share.revoke.label': 'Trekk tilbake lenke for {role}, laget {date}',
  'access.share.revoke.heading': 'Trekke tilbake lenken?',
  'access.share.revoke.body':
    'Alle som bruker lenken for {role}, mister tilgangen med en gang, også de som er på tavla nå. Dette kan ikke angres, men du kan lage en ny lenke.',
  'access.share.revoke.bodyYours':
    'Dette er lenken du selv bruker. Trekker du den tilbake, mister du tilgangen til tavla fra denne nettleseren.',
  'access.share.revoke.confirm': 'Trekk tilbake lenken',
  'access.share.revoked': 'Lenken for {role} er trukket tilbake.',
  'access.share.cancel': 'Avbryt',

  'access.start.intro':
    'Lag en tavle for arbeidsverkstedet, og del lenker med de andre deltakerne. Hver lenke gir en rolle: lese, redigere eller fasilitere.',
  'access.recent.heading': 'Tavler du har åpnet',
  'access.recent.intro':
    'Tavlene du har laget eller åpnet i denne nettleseren. Listen ligger bare her, på denne maskinen.',
  'access.recent.empty':
    'Du har ikke åpnet noen tavler i denne nettleseren ennå. Opprett en tavle over, eller åpne en lenke du har fått.',
  'access.recent.lastOpened': 'Sist åpnet {date}',
  'access.recent.refused': 'Lenken virker ikke lenger',
  'access.recent.actions': 'Handlinger for {title}',

  'access.board.rename': 'Gi nytt navn',
  'access.board.rename.label': 'Gi nytt navn til {title}',
  'access.board.rename.heading': 'Gi tavla nytt navn',
  'access.board.rename.submit': 'Lagre',
  'access.board.renamed': 'Tavla heter nå «{title}».',
  'access.board.duplicate': 'Lag kopi',
  'access.board.duplicate.label': 'Lag kopi av {title}',
  'access.board.duplicate.title': 'Kopi av {title}',
  'access.board.duplicated': 'Kopien «{title}» er laget og står øverst i listen.',
  'access.board.delete': 'Slett',
  'access.board.delete.label': 'Slett {title}',
  'access.board.delete.heading': 'Slette «{title}»?',
  'access.board.delete.body':
    'Tavla slettes for alle, og alle som er på den nå, blir koblet fra. Dette kan ikke angres.',
  'access.board.delete.confirm': 'Slett tavla',
  'access.board.deleted': '«{title}» er slettet.',
  'access.board.forget': 'Fjern fra listen',
  'access.board.forget.label': 'Fjern fra listen: {title}',
  'access.board.forgotten': '«{title}» er fjernet fra listen i denne nettleseren.',
  'access.board.cancel': 'Avbryt',
  'access.board.close': 'Lukk',
  'access.board.notFound': 'Tavla finnes ikke lenger, så den er fjernet fra listen.',

  'access.create.adminRequired':
    'På denne tjeneren kan bare administratorer opprette tavler. Skriv inn administratornøkkelen, eller be om en lenke til en tavle som finnes.',
  'access.create.adminToken': 'Administratornøkkel',
  'access.create.adminTokenDescription': 'Nøkkelen huskes i denne fanen til du lukker den.',
  'access.create.adminInvalid': 'Administratornøkkelen stemmer ikke.',

  'admin.title': 'Alle tavler',
  'admin.intro':
    'Alle tavlene på denne tjeneren, for den som har administratornøkkelen: når de ble laget og sist endret, hvor mange som er på dem nå, og hvor store de er.',
  'admin.link': 'Alle tavler på tjeneren (administrator)',
  'admin.key.label': 'Administratornøkkel',
  'admin.key.description':
    'Nøkkelen som er satt med SAMKART_ADMIN_TOKEN. Den huskes bare i denne fanen.',
  'admin.key.submit': 'Vis tavlene',
  'admin.key.wrong': 'Nøkkelen stemmer ikke. Sjekk den og prøv igjen.',
  'admin.search': 'Søk etter tavle (navn eller id)',
  'admin.search.clear': 'Tøm søket',
  'admin.count': 'Viser {shown} av {total, plural, one {# tavle} other {# tavler}}.',
  'admin.empty': 'Ingen tavler.',
  'admin.column.title': 'Tavle',
  'admin.column.created': 'Laget',
  'admin.column.edited': 'Sist endret',
  'admin.column.participants': 'Til stede nå',
  'admin.column.size': 'Størrelse',
  'admin.column.actions': 'Handlinger',
  'admin.open': 'Åpne',
  'admin.open.label': 'Åpne «{title}» som fasilitator',
} as const
