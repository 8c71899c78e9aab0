/**
 * Norsk bokmål: the source of truth for every user-facing string. Other locales must have
 * exactly these keys (checked by the `Messages` type and by `messages.test.ts`).
 *
 * Placeholders are written `{name}` and filled by `translate`. Keys are flat and dotted so a
 * missing or misspelt key is a type error at the call site.
 */
export const nb = {
  'app.name': 'Samkart',
  'app.tagline': 'Samarbeid om aktørkart og tjenestereiser',
  'app.skipToContent': 'Hopp til hovedinnhold',
  'app.loading': 'Laster …',

  'language.label': 'Språk',
  'language.nb': 'Norsk bokmål',
  'language.en': 'English',
  'language.switchTo': 'Bytt språk til {language}',

  'start.title': 'Tavler',
  'start.intro':
    'Lag en tavle for arbeidsverkstedet, og del lenken med de andre deltakerne. Alle som har lenken, kan redigere samtidig.',
  'start.create.heading': 'Ny tavle',
  'start.create.titleLabel': 'Navn på tavla',
  'start.create.titleDescription': 'For eksempel «Alvorlig sykt barn – aktørkart».',
  'start.create.submit': 'Opprett tavle',
  'start.create.creating': 'Oppretter tavle …',
  'start.list.heading': 'Eksisterende tavler',
  'start.list.empty': 'Det finnes ingen tavler ennå. Opprett den første over.',
  'start.list.loading': 'Henter tavler …',
  'start.list.error': 'Klarte ikke å hente tavlene. Prøv å laste siden på nytt.',
  'start.list.createdAt': 'Opprettet {date}',
  'start.error.network': 'Fikk ikke kontakt med tjeneren. Sjekk nettverket og prøv igjen.',

  'board.documentTitle': '{title} – Samkart',
  'board.untitled': 'Tavle uten navn',
  'board.back': 'Alle tavler',
  'board.connecting': 'Kobler til tavla …',
  'board.notFound.heading': 'Fant ikke tavla',
  'board.notFound.body':
    'Tavla finnes ikke, eller lenken er feil. Sjekk lenken, eller gå til oversikten over tavler.',
  'board.notFound.link': 'Gå til alle tavler',
  'board.offlineNotice':
    'Du er frakoblet. Endringene dine lagres i nettleseren og sendes når forbindelsen er tilbake.',

  'status.label': 'Tilkobling',
  'status.connecting': 'Kobler til …',
  'status.live': 'Live',
  'status.offline': 'Frakoblet',
  'status.not-found': 'Finnes ikke',

  'page.notFound.heading': 'Siden finnes ikke',
  'page.notFound.body': 'Vi fant ikke siden du lette etter.',

  'matrix.label': 'Aktørkart: viktighet og erstatningsmulighet',
  'matrix.heading': 'Aktørkart',
  'matrix.description':
    'Plasser aktørene etter hvor viktige de er for arbeidet, og hvor lett de kan erstattes. Kategorien følger av plasseringen.',
  'matrix.axis.importance': 'Viktighet',
  'matrix.axis.substitutability': 'Erstatningsmulighet',
  'matrix.axis.high': 'Høy',
  'matrix.axis.low': 'Lav',
  'matrix.keyboardHelp':
    'Trykk Enter for å gi nytt navn. Bruk piltastene for å flytte kortet, med Shift for større steg. Trykk Delete for å slette.',
  'matrix.moved':
    '{name} flyttet: {category}. Viktighet {importance} %, erstatningsmulighet {substitutability} %.',
  'matrix.controls': 'Visning',
  'matrix.zoomIn': 'Zoom inn',
  'matrix.zoomOut': 'Zoom ut',
  'matrix.fitView': 'Vis hele kartet',

  'category.viktig': 'Viktig',
  'category.moderat': 'Moderat',
  'category.lav': 'Lav',

  'actor.roleDescription': 'aktørkort',
  'actor.add': 'Legg til aktør',
  'actor.add.heading': 'Ny aktør',
  'actor.add.description': 'Kortet legges nær midten av kartet. Dra det dit aktøren hører hjemme.',
  'actor.add.submit': 'Legg til',
  'actor.name': 'Navn',
  'actor.rename': 'Gi nytt navn',
  'actor.rename.heading': 'Gi nytt navn til {name}',
  'actor.rename.submit': 'Lagre',
  'actor.delete': 'Slett aktør',
  'actor.deleted': '{name} er slettet.',
  'actor.cancel': 'Avbryt',
  'actor.closeDialog': 'Lukk dialogvindu',
  'actor.percent': '{value}\u00a0%',
  'actor.category': 'Kategori',

  'panel.heading': 'Aktører',
  'panel.count': '{count} aktører',
  'panel.selected': 'Valgt aktør',
  'panel.noSelection': 'Velg et kort for å se detaljer.',
  'panel.empty': 'Ingen aktører ennå. Legg til den første med «Legg til aktør».',

  'error.generic': 'Noe gikk galt. Prøv igjen.',
  'error.required': '{field} må fylles ut.',
  'error.too_long': '{field} kan ikke være lengre enn {max} tegn.',
  'error.out_of_range': '{field} må være mellom {min} og {max}.',
  'error.not_integer': '{field} må være et heltall.',
  'error.invalid_type': '{field} har en ugyldig verdi.',
  'error.invalid_enum': '{field} må være en av: {allowed}.',
  'error.invalid_org_number': 'Organisasjonsnummeret må ha 9 sifre og gyldig kontrollsiffer.',
  'error.duplicate_org_number': 'Organisasjonsnummeret er allerede brukt av {name}.',
  'error.unknown_field': 'Feltet {field} finnes ikke.',
  'error.not_found': 'Finnes ikke lenger. Kanskje noen andre har slettet den?',
  'error.missing_reference': 'Viser til noe som ikke finnes lenger.',
  'error.self_reference': 'En aktør kan ikke ha en relasjon til seg selv.',
  'error.too_many': '{field} kan ikke ha mer enn {max} elementer.',
  'error.actor.name.required': 'Skriv inn navnet på aktøren.',
  'error.board.title.required': 'Skriv inn et navn på tavla.',

  'field.generic': 'Feltet',
  'field.actor.name': 'Navnet',
  'field.actor.shortName': 'Kortnavnet',
  'field.actor.notes': 'Notatet',
  'field.actor.importance': 'Viktigheten',
  'field.actor.substitutability': 'Erstatningsmuligheten',
  'field.board.title': 'Navnet på tavla',
} as const

/** Every message key. */
export type MessageKey = keyof typeof nb

/** A complete catalogue: every key of {@link nb}, no more, no less. */
export type Messages = { readonly [K in MessageKey]: string }
