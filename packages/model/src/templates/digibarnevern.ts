import type { BoardTemplate } from './BoardTemplate'

const HIGH = 0.8
const LOW = 0.2

/**
 * «Digibarnevern»: the actors of Tabell 15 in Lysenstøen (2022), placed in the cells the thesis
 * puts them in (Klijn & Koppenjan's importance × substitutability). Within a cell the cards are
 * spread out so none overlap; only the cell carries meaning. Bufdir runs the project and is the
 * one mapping the others, so it is the project owner and not itself in Tabell 15.
 */
export const digibarnevernTemplate: BoardTemplate = {
  id: 'digibarnevern',
  title: 'Digibarnevern – aktørkart',
  source: 'Lysenstøen (2022), tabell 15 (Klijn og Koppenjan 2016)',
  actors: [
    // Høy viktighet, lav erstatningsmulighet: «den viktigste gruppen» (Viktig)
    {
      key: 'vendors',
      name: 'IT-leverandører',
      shortName: 'Leverandører',
      level: 'privat',
      kind: 'annet',
      importance: 0.88,
      substitutability: 0.12,
      notes: 'Visma, Netcompany, Dips/Acos. Størst påvirkning på kommunene sammen med KS.',
    },
    {
      key: 'ks',
      name: 'KS – Kommunesektorens organisasjon',
      shortName: 'KS',
      level: 'kommune',
      kind: 'nettverk',
      strategy: 'samarbeid',
      importance: HIGH,
      substitutability: LOW,
      notes: 'Samlende aktør for kommunene; «en unik posisjon».',
    },
    {
      key: 'diginett',
      name: 'Diginettverkene',
      level: 'kommune',
      kind: 'nettverk',
      importance: 0.72,
      substitutability: 0.12,
    },
    {
      key: 'bvleder',
      name: 'Barnevernsledere',
      level: 'kommune',
      kind: 'rolle',
      importance: 0.72,
      substitutability: 0.3,
      notes: 'IT-beslutninger tas i et duopol mellom IT-leder og barnevernsleder.',
    },
    // Høy viktighet, høy erstatningsmulighet (Moderat)
    {
      key: 'statsforvalter',
      name: 'Statsforvalteren',
      level: 'stat',
      kind: 'etat',
      importance: HIGH,
      substitutability: HIGH,
    },
    {
      key: 'ovrige',
      name: 'Øvrige kommuner',
      level: 'kommune',
      kind: 'kommune',
      importance: 0.7,
      substitutability: 0.68,
    },
    {
      key: 'dbvkommuner',
      name: 'Digibarnevern-kommunene',
      level: 'kommune',
      kind: 'kommune',
      importance: 0.88,
      substitutability: 0.62,
      notes: 'Har valgt leverandør; utfordring knyttet til objektivitet.',
    },
    // Lav viktighet, lav erstatningsmulighet (Moderat)
    {
      key: 'bfd',
      name: 'Barne- og familiedepartementet',
      shortName: 'BFD',
      level: 'stat',
      kind: 'departement',
      importance: 0.25,
      substitutability: 0.25,
      notes: 'Ikke aktuelt å bruke lovmessige virkemidler; Bufdir informerer departementet.',
    },
    // Prosjekteier
    {
      key: 'bufdir',
      name: 'Barne-, ungdoms- og familiedirektoratet',
      shortName: 'Bufdir',
      level: 'stat',
      kind: 'direktorat',
      strategy: 'fasilitering',
      importance: 0.6,
      substitutability: 0.4,
      notes:
        'Prosjekteier (Digibarnevern stat). Ikke plassert i tabell 15: det er Bufdir som kartlegger.',
    },
  ],
  relations: [
    { source: 'bfd', target: 'bufdir', type: 'governance', label: 'Etatsstyring' },
    {
      source: 'bufdir',
      target: 'bfd',
      type: 'information',
      label: 'Informerer om situasjon og risiko',
    },
    { source: 'bufdir', target: 'ks', type: 'agreement', label: 'Strategisk samarbeidsavtale' },
    {
      source: 'bufdir',
      target: 'dbvkommuner',
      type: 'agreement',
      label: 'Samarbeidsavtale til 31.12.2022',
    },
    { source: 'bufdir', target: 'vendors', type: 'information', label: 'Leverandørprogram' },
    { source: 'ks', target: 'diginett', type: 'collaboration', label: 'Koordinerer' },
    { source: 'statsforvalter', target: 'bvleder', type: 'information' },
    { source: 'dbvkommuner', target: 'vendors', type: 'agreement', label: 'Kjøpsforpliktelse' },
  ],
}
