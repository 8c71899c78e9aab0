import type { TemplateInfoItem, TemplatePersona } from './BoardTemplate'

/**
 * The personas of «Alvorlig sykt barn», from the seeds: the parents, who «sitter med all
 * ansvaret» and apply for every benefit themselves (seed 000, lines 2093–2103), and the child,
 * the primary user (seed 001, lines 1543–1552). Left general on purpose: a workshop fills in its
 * own families.
 */
export const ALVORLIG_SYKT_BARN_PERSONAS: readonly TemplatePersona[] = [
  {
    key: 'foreldre',
    name: 'Foreldrene',
    picture: 'parent',
    description:
      'Mor og far til et alvorlig sykt barn. Har ansvaret for å finne fram i tjenestene og søke om alt selv, ved siden av jobb og søsken.',
    needs: 'Å slippe å fortelle det samme mange ganger, og å vite hvem de skal kontakte.',
  },
  {
    key: 'barnet',
    name: 'Barnet',
    picture: 'child',
    description: 'Barnet eller ungdommen som er sykt, 0–24 år, i barnehage eller skole.',
    needs: 'Å få behandling og tilrettelegging uten å miste hverdagen med venner og skole.',
  },
]

/**
 * The information the seeds say families give again and again (seed 000, «oppgi den samme
 * informasjonen flere ganger», lines 490–492 and 645–649): which of it each touchpoint asks
 * for is the template's reading of the benefits' application forms, to be corrected in the
 * workshop.
 */
export const ALVORLIG_SYKT_BARN_INFO_ITEMS: readonly TemplateInfoItem[] = [
  { key: 'diagnose', name: 'Diagnose' },
  { key: 'legeerklaering', name: 'Legeerklæring' },
  { key: 'inntekt', name: 'Inntekt' },
  { key: 'samtykke', name: 'Samtykke' },
  { key: 'bankkonto', name: 'Bankkonto' },
  { key: 'familie', name: 'Adresse og familie' },
]
