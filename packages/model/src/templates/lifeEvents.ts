import type { BoardTemplate, TemplateActor } from './BoardTemplate'

/** An actor of a life event, before it is placed. */
type LifeEventActor = Omit<TemplateActor, 'importance' | 'substitutability' | 'notes'>

interface LifeEvent {
  id: string
  title: string
  owner: LifeEventActor
  /** Executing agencies; the owner may be one of them (then it is not repeated here). */
  executors: readonly LifeEventActor[]
  ownerExecutes?: boolean
  collaborators: readonly LifeEventActor[]
}

const SOURCE = 'Digitaliseringsstrategien 2019–2025, livshendelsene (Digdir 2020, tabell 1–4)'

/**
 * A starter board for a life event: the owner ministry (Viktig, towards the middle), the
 * executing agencies (Viktig) and the collaborators (Moderat, high on both axes), each marked
 * «Eier», «Utfører» or «Samarbeidspart»; the owner governs each executor; and one empty journey
 * named after the life event for the workshop to fill in. Cards within a group are spread out so
 * none overlap; only the cell carries meaning.
 */
function lifeEventTemplate(event: LifeEvent): BoardTemplate {
  const actors: TemplateActor[] = [
    {
      ...event.owner,
      importance: 0.72,
      substitutability: 0.22,
      notes: event.ownerExecutes ? 'Eier og utfører livshendelsen.' : 'Eier livshendelsen.',
    },
    ...event.executors.map((a, i) => ({
      ...a,
      importance: 0.9 - (i % 3) * 0.07,
      substitutability: 0.08 + i * 0.1,
      notes: 'Utfører livshendelsen.',
    })),
    ...event.collaborators.map((a, i) => ({
      ...a,
      importance: 0.88 - (i % 3) * 0.12,
      substitutability: 0.6 + Math.floor(i / 3) * 0.13 + (i % 3) * 0.04,
      notes: 'Samarbeidspart.',
    })),
  ]
  return {
    id: event.id,
    title: event.title,
    source: SOURCE,
    actors,
    relations: event.executors.map((a) => ({
      source: event.owner.key,
      target: a.key,
      type: 'governance' as const,
      label: 'Eier livshendelsen',
    })),
    journeys: [{ key: 'journey', title: event.title, tags: ['Livshendelse'], phases: [] }],
  }
}

const stat = (
  key: string,
  name: string,
  shortName: string,
  kind: TemplateActor['kind'],
  orgNumber = '',
): LifeEventActor => ({ key, name, shortName, level: 'stat', kind, orgNumber })

const asd = stat('asd', 'Arbeids- og sosialdepartementet', 'ASD', 'departement')
const nav = stat('nav', 'Arbeids- og velferdsetaten', 'NAV', 'etat', '889640782')
const bfd = stat('bfd', 'Barne- og familiedepartementet', 'BFD', 'departement')
const digdir = stat('digdir', 'Digitaliseringsdirektoratet', 'Digdir', 'direktorat', '991825827')
const dfo = stat('dfo', 'Direktoratet for forvaltning og økonomistyring', 'DFØ', 'direktorat')
const brreg = stat('brreg', 'Brønnøysundregistrene', 'Brreg', 'etat')
const skatt = stat('skatt', 'Skatteetaten', 'Skatteetaten', 'etat')
const bufdir = stat('bufdir', 'Barne-, ungdoms- og familiedirektoratet', 'Bufdir', 'direktorat')
const ks: LifeEventActor = {
  key: 'ks',
  name: 'KS – Kommunesektorens organisasjon',
  shortName: 'KS',
  level: 'kommune',
  kind: 'nettverk',
}
const frivillig = (key: string, name: string, shortName: string): LifeEventActor => ({
  key,
  name,
  shortName,
  level: 'frivillig',
  kind: 'nettverk',
})

/** «Få barn» (ASD; NAV; BFD, KS). */
export const faBarnTemplate = lifeEventTemplate({
  id: 'livshendelse-fa-barn',
  title: 'Få barn',
  owner: asd,
  executors: [nav],
  collaborators: [bfd, ks],
})

/** «Miste og finne jobb» (ASD; NAV; KS). */
export const misteOgFinneJobbTemplate = lifeEventTemplate({
  id: 'livshendelse-miste-og-finne-jobb',
  title: 'Miste og finne jobb',
  owner: asd,
  executors: [nav],
  collaborators: [ks],
})

/** «Ny i Norge» (KD; IMDi; KS, Digdir, DFØ, UDI, NAV). */
export const nyINorgeTemplate = lifeEventTemplate({
  id: 'livshendelse-ny-i-norge',
  title: 'Ny i Norge',
  owner: stat('kd', 'Kunnskapsdepartementet', 'KD', 'departement'),
  executors: [stat('imdi', 'Integrerings- og mangfoldsdirektoratet', 'IMDi', 'direktorat')],
  collaborators: [ks, digdir, dfo, stat('udi', 'Utlendingsdirektoratet', 'UDI', 'direktorat'), nav],
})

/** «Starte og drive en bedrift» (NFD; Brønnøysundregistrene; Arbeidstilsynet, Digdir, DFØ, …). */
export const starteBedriftTemplate = lifeEventTemplate({
  id: 'livshendelse-starte-og-drive-bedrift',
  title: 'Starte og drive en bedrift',
  owner: stat('nfd', 'Nærings- og fiskeridepartementet', 'NFD', 'departement'),
  executors: [brreg],
  collaborators: [
    stat('arbeidstilsynet', 'Arbeidstilsynet', 'Arbeidstilsynet', 'etat'),
    digdir,
    dfo,
    skatt,
    stat('ssb', 'Statistisk sentralbyrå', 'SSB', 'etat'),
  ],
})

/** «Dødsfall og arv» (KMD; Digdir; DSOP, Kartverket, NAV, Skatteetaten, …). */
export const dodsfallOgArvTemplate = lifeEventTemplate({
  id: 'livshendelse-dodsfall-og-arv',
  title: 'Dødsfall og arv',
  owner: stat('kmd', 'Kommunal- og moderniseringsdepartementet', 'KMD', 'departement'),
  executors: [digdir],
  collaborators: [
    stat('dsop', 'Digital samhandling offentlig–privat (DSOP)', 'DSOP', 'program'),
    stat('kartverket', 'Kartverket', 'Kartverket', 'etat'),
    nav,
    skatt,
    stat('vegvesen', 'Statens vegvesen', 'Vegvesenet', 'etat'),
    stat('da', 'Domstoladministrasjonen', 'DA', 'etat'),
    {
      key: 'finans',
      name: 'Finansnæringen (banker og forsikring)',
      shortName: 'Finans',
      level: 'privat',
      kind: 'annet',
    },
  ],
})

/** «Starte og drive en frivillig organisasjon» (KUD owns and executes with DFØ, …). */
export const frivilligOrganisasjonTemplate = lifeEventTemplate({
  id: 'livshendelse-frivillig-organisasjon',
  title: 'Starte og drive en frivillig organisasjon',
  owner: stat('kud', 'Kulturdepartementet', 'KUD', 'departement'),
  ownerExecutes: true,
  executors: [
    dfo,
    stat('lottstift', 'Lotteri- og stiftelsestilsynet', 'Lottstift', 'direktorat'),
    brreg,
  ],
  collaborators: [
    bufdir,
    frivillig('frivillighet', 'Frivillighet Norge', 'Frivillighet Norge'),
    frivillig('lnu', 'Landsrådet for Norges barne- og ungdomsorganisasjoner', 'LNU'),
    frivillig('innsamlingsradet', 'Norges innsamlingsråd', 'Innsamlingsrådet'),
  ],
})

/** The six life events of the strategy besides «Alvorlig sykt barn», in the strategy's order. */
export const LIFE_EVENT_TEMPLATES: readonly BoardTemplate[] = [
  faBarnTemplate,
  misteOgFinneJobbTemplate,
  nyINorgeTemplate,
  starteBedriftTemplate,
  dodsfallOgArvTemplate,
  frivilligOrganisasjonTemplate,
]
