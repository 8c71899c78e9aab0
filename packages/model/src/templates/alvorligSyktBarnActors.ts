import type { BoardTemplate, TemplateActor, TemplateRelation } from './BoardTemplate'

/** Where the «Alvorlig sykt barn» templates come from. */
export const ALVORLIG_SYKT_BARN_SOURCE =
  'Livshendelsen «Alvorlig sykt barn» (Digitaliseringsstrategien 2019–2025, StimuLab)'

/**
 * The actors of the life event «Alvorlig sykt barn» (domain brief §1 and §3), shared by the
 * actor-only template and the full template with a journey. The placements are a suggested
 * starting point for the workshop to move, not findings. Within a cell the actors sit on a grid
 * (most important and least replaceable towards the top right) so that no card hides another
 * at the default zoom: eleven of them share the Viktig cell.
 */
export const ALVORLIG_SYKT_BARN_ACTORS: readonly TemplateActor[] = [
  {
    key: 'family',
    name: 'Familien (barnet og pårørende)',
    shortName: 'Familien',
    level: 'innbygger',
    kind: 'bruker',
    importance: 0.94,
    substitutability: 0.06,
    involvement: 'berort',
    notes: 'Pårørende «sitter med all ansvaret» og er kasteball mellom etatene.',
  },
  {
    key: 'hod',
    name: 'Helse- og omsorgsdepartementet',
    shortName: 'HOD',
    level: 'stat',
    kind: 'departement',
    importance: 0.81,
    substitutability: 0.4,
    notes: 'Eier livshendelsen.',
  },
  {
    key: 'hdir',
    name: 'Helsedirektoratet',
    shortName: 'Hdir',
    level: 'stat',
    kind: 'direktorat',
    importance: 0.81,
    substitutability: 0.23,
    notes: 'Utfører livshendelsen.',
  },
  {
    key: 'ehelse',
    name: 'Direktoratet for e-helse',
    shortName: 'E-helse',
    level: 'stat',
    kind: 'direktorat',
    importance: 0.69,
    substitutability: 0.23,
    notes: 'Utfører livshendelsen.',
  },
  {
    key: 'nav',
    name: 'Arbeids- og velferdsetaten',
    shortName: 'NAV',
    orgNumber: '889640782',
    level: 'stat',
    kind: 'etat',
    importance: 0.94,
    substitutability: 0.23,
    notes: 'Pleiepenger, opplæringspenger, grunnstønad, hjelpestønad, omsorgspenger.',
  },
  {
    key: 'kommune',
    name: 'Kommunen (helsestasjon, fastlege, koordinerende enhet)',
    shortName: 'Kommunen',
    level: 'kommune',
    kind: 'kommune',
    importance: 0.94,
    substitutability: 0.4,
    notes: 'Individuell plan og koordinator; velferdsteknologi.',
  },
  {
    key: 'hf',
    name: 'Spesialisthelsetjenesten (helseforetaket)',
    shortName: 'Helseforetaket',
    level: 'helseforetak',
    kind: 'tjeneste',
    importance: 0.81,
    substitutability: 0.06,
  },
  {
    key: 'skole',
    name: 'Barnehage, skole og PPT',
    shortName: 'Skole/PPT',
    level: 'kommune',
    kind: 'tjeneste',
    importance: 0.69,
    substitutability: 0.06,
  },
  {
    key: 'statped',
    name: 'Statped',
    level: 'stat',
    kind: 'etat',
    importance: 0.56,
    substitutability: 0.4,
  },
  {
    key: 'udir',
    name: 'Utdanningsdirektoratet',
    shortName: 'Udir',
    level: 'stat',
    kind: 'direktorat',
    importance: 0.56,
    substitutability: 0.23,
    notes: 'Setter reglene for opplæring i hjemmet ved langvarig sykdom.',
  },
  {
    key: 'ks',
    name: 'KS – Kommunesektorens organisasjon',
    shortName: 'KS',
    level: 'kommune',
    kind: 'nettverk',
    importance: 0.69,
    substitutability: 0.4,
  },
  {
    key: 'bufdir',
    name: 'Barne-, ungdoms- og familiedirektoratet',
    shortName: 'Bufdir',
    level: 'stat',
    kind: 'direktorat',
    importance: 0.4,
    substitutability: 0.86,
  },
  {
    key: 'flekkefjord',
    name: 'Flekkefjord kommune',
    shortName: 'Flekkefjord',
    level: 'kommune',
    kind: 'kommune',
    importance: 0.58,
    substitutability: 0.7,
    notes: 'Eneste pilotkommune.',
  },
  {
    key: 'stimulab',
    name: 'StimuLab (Digdir og DOGA)',
    shortName: 'StimuLab',
    level: 'stat',
    kind: 'program',
    strategy: 'fasilitering',
    importance: 0.22,
    substitutability: 0.62,
    notes: 'Finansierer tjenestedesignet.',
  },
  {
    key: 'digdir',
    name: 'Digitaliseringsdirektoratet',
    shortName: 'Digdir',
    orgNumber: '991825827',
    level: 'stat',
    kind: 'direktorat',
    importance: 0.4,
    substitutability: 0.62,
    notes: 'ID-porten og Altinn.',
  },
  {
    key: 'lovemamma',
    name: 'Løvemamma',
    level: 'frivillig',
    kind: 'nettverk',
    importance: 0.22,
    substitutability: 0.86,
    notes: 'Likepersonsstøtte.',
  },
]

/** The relations between {@link ALVORLIG_SYKT_BARN_ACTORS}. */
export const ALVORLIG_SYKT_BARN_RELATIONS: readonly TemplateRelation[] = [
  { source: 'hod', target: 'hdir', type: 'governance', label: 'Tildelingsbrev' },
  { source: 'hod', target: 'ehelse', type: 'governance', label: 'Tildelingsbrev' },
  { source: 'stimulab', target: 'hdir', type: 'funding', label: 'Tjenestedesign' },
  { source: 'kommune', target: 'hf', type: 'dependency', label: 'Henvisning' },
  { source: 'nav', target: 'family', type: 'funding', label: 'Pleiepenger og stønader' },
  {
    source: 'kommune',
    target: 'family',
    type: 'information',
    label: 'Koordinator og individuell plan',
  },
  { source: 'statped', target: 'skole', type: 'collaboration' },
  { source: 'udir', target: 'skole', type: 'governance', label: 'Regelverk for opplæring' },
  { source: 'hdir', target: 'nav', type: 'collaboration' },
  { source: 'ks', target: 'flekkefjord', type: 'collaboration' },
  { source: 'lovemamma', target: 'family', type: 'information', label: 'Likepersonsstøtte' },
]

/** «Alvorlig sykt barn – aktører»: the life event's actors only. */
export const alvorligSyktBarnActorsTemplate: BoardTemplate = {
  id: 'alvorlig-sykt-barn-aktorer',
  title: 'Alvorlig sykt barn – aktører',
  source: ALVORLIG_SYKT_BARN_SOURCE,
  actors: ALVORLIG_SYKT_BARN_ACTORS,
  relations: ALVORLIG_SYKT_BARN_RELATIONS,
}
