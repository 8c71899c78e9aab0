import type { BoardTemplate } from './BoardTemplate'
import {
  ALVORLIG_SYKT_BARN_ACTORS,
  ALVORLIG_SYKT_BARN_RELATIONS,
  ALVORLIG_SYKT_BARN_SOURCE,
} from './alvorligSyktBarnActors'
import { alvorligSyktBarnToBe } from './alvorligSyktBarnToBe'

/**
 * «Alvorlig sykt barn»: the life event's actors plus one journey through it, built from the parts
 * the seeds give (domain brief §3; no seed draws a phased journey, so the phases are ours). Every
 * touchpoint names its responsible actors, so the coordination analysis shows the «kasteball»:
 * the family applies for each benefit itself, gives the same information again, and meets a new
 * agency at almost every step. Legal references are given only for the benefits whose sections
 * are certain; the rest are left for the workshop.
 *
 * The journey is marked as-is and linked with its to-be (`alvorligSyktBarnToBe`), so a workshop
 * can start from the comparison. The figures `analyseJourney` gives for this journey, and those
 * `compareJourneys` gives for the pair, are asserted in `alvorligSyktBarn.test.ts`.
 */
export const alvorligSyktBarnTemplate: BoardTemplate = {
  id: 'alvorlig-sykt-barn',
  title: 'Alvorlig sykt barn',
  source: ALVORLIG_SYKT_BARN_SOURCE,
  actors: ALVORLIG_SYKT_BARN_ACTORS,
  relations: ALVORLIG_SYKT_BARN_RELATIONS,
  journeys: [
    {
      key: 'journey',
      title: 'Alvorlig sykt barn',
      description:
        'Familien med et alvorlig sykt barn, fra den første bekymringen til en ny hverdag. Et utgangspunkt: fyll inn med familienes egne erfaringer.',
      tags: ['0–24 år', 'Pilot: Flekkefjord kommune'],
      stage: 'as-is',
      counterpart: 'to-be',
      phases: [
        {
          title: 'Kontakt og utredning',
          touchpoints: [
            {
              title: 'Helsestasjon eller fastlege',
              action: 'Tar opp bekymringen for barnet med helsestasjonen eller fastlegen.',
              channel: 'in-person',
              emotion: -1,
              need: 'Å bli tatt på alvor og få vite hva som skjer videre.',
              backstage: 'Helsestasjonen og fastlegen vurderer om barnet må henvises.',
              responsible: ['kommune'],
            },
            {
              title: 'Legevakt',
              action: 'Drar på legevakten når barnet blir akutt verre.',
              channel: 'in-person',
              emotion: -2,
              need: 'Rask hjelp, og at legevakten vet hva fastlegen allerede vet.',
              painPoint: 'Forteller hele sykehistorien på nytt.',
              painType: 'repeated-information',
              responsible: ['kommune'],
            },
            {
              title: 'Henvisning til spesialisthelsetjenesten',
              action: 'Venter på time etter henvisningen.',
              channel: 'letter',
              emotion: -1,
              need: 'Å vite når og hvor barnet skal utredes.',
              painPoint: 'Uvisst hvor lenge det er til timen.',
              painType: 'waiting',
              backstage: 'Fastlegen henviser; helseforetaket vurderer henvisningen.',
              responsible: ['kommune', 'hf'],
            },
          ],
        },
        {
          title: 'Sykehus og diagnose',
          touchpoints: [
            {
              title: 'Utredning og diagnose på sykehuset',
              action: 'Er med barnet på undersøkelser og innleggelser.',
              channel: 'in-person',
              emotion: -2,
              need: 'Forståelig informasjon om diagnosen og behandlingen.',
              painPoint: 'Lang ventetid på svar mens barnet er sykt.',
              painType: 'waiting',
              responsible: ['hf'],
            },
            {
              title: 'Søke pleiepenger',
              action: 'Finner selv ut at pleiepenger finnes, og søker NAV.',
              channel: 'digital',
              emotion: -1,
              need: 'Inntekt mens en av foreldrene er borte fra jobb.',
              painPoint: 'Ingen forteller familien hva de har rett på; de må søke selv.',
              painType: 'own-initiative',
              legalBasis: 'folketrygdloven § 9-10',
              backstage: 'NAV trenger legeerklæring fra sykehuset.',
              responsible: ['nav'],
            },
            {
              title: 'Søke opplæringspenger',
              action: 'Søker om opplæringspenger for å lære å ta vare på barnet.',
              channel: 'digital',
              emotion: -1,
              need: 'Å kunne delta på opplæring på sykehuset.',
              painPoint: 'Fyller inn de samme opplysningene om barnet og diagnosen igjen.',
              painType: 'repeated-information',
              legalBasis: 'folketrygdloven § 9-13',
              responsible: ['nav'],
            },
          ],
        },
        {
          title: 'Hjem og ny hverdag',
          touchpoints: [
            {
              title: 'Søke grunnstønad',
              action: 'Søker om grunnstønad til ekstra utgifter.',
              channel: 'digital',
              emotion: -1,
              need: 'Dekning av ekstra utgifter som sykdommen gir.',
              painPoint: 'Hver stønad er en egen søknad familien må vite om.',
              painType: 'own-initiative',
              legalBasis: 'folketrygdloven § 6-3',
              responsible: ['nav'],
            },
            {
              title: 'Søke hjelpestønad',
              action: 'Søker om hjelpestønad til særskilt tilsyn og pleie.',
              channel: 'digital',
              emotion: -1,
              need: 'Hjelp til den ekstra pleien hjemme.',
              painPoint: 'Dokumenterer diagnosen og pleiebehovet på nytt.',
              painType: 'repeated-information',
              legalBasis: 'folketrygdloven § 6-4',
              responsible: ['nav'],
            },
            {
              title: 'Omsorgspenger (flere omsorgsdager)',
              action: 'Søker om utvidet rett til omsorgsdager.',
              channel: 'digital',
              emotion: 0,
              need: 'Fri fra jobb når barnet er sykt eller skal til kontroll.',
              painPoint: 'Enda en søknad på eget initiativ.',
              painType: 'own-initiative',
              legalBasis: 'folketrygdloven § 9-5',
              responsible: ['nav'],
            },
            {
              title: 'Individuell plan og koordinator',
              action: 'Ber om individuell plan og får en koordinator i kommunen.',
              channel: 'in-person',
              emotion: 1,
              need: 'Én person som har oversikten og samordner tjenestene.',
              painPoint: 'Uklart hvem familien skal kontakte før koordinatoren er på plass.',
              painType: 'unclear-responsibility',
              backstage: 'Koordinerende enhet i kommunen oppnevner koordinatoren.',
              responsible: ['kommune'],
            },
            {
              title: 'Velferdsteknologi i hjemmet',
              action: 'Får utstyr og opplæring i velferdsteknologi.',
              channel: 'in-person',
              emotion: 0,
              need: 'Trygghet hjemme og færre turer til sykehuset.',
              responsible: ['kommune'],
            },
          ],
        },
        {
          title: 'Barnehage og skole',
          touchpoints: [
            {
              title: 'Tilrettelegging i barnehage og skole',
              action: 'Forklarer barnets behov for barnehagen og skolen.',
              channel: 'in-person',
              emotion: -1,
              need: 'At barnet kan være i barnehagen og skolen som andre barn.',
              painPoint: 'Forteller om diagnosen og behovene på nytt til hver ny instans.',
              painType: 'repeated-information',
              responsible: ['skole'],
            },
            {
              title: 'PPT og Statped',
              action: 'Møter PPT og Statped om spesialpedagogisk hjelp.',
              channel: 'in-person',
              emotion: -1,
              need: 'Riktig hjelp i opplæringen, uten å måtte koordinere selv.',
              painPoint: 'Uklart hvem som har ansvaret: skolen, PPT, Statped eller NAV.',
              painType: 'unclear-responsibility',
              responsible: ['skole', 'statped'],
            },
            {
              title: 'Opplæring i hjemmet under langvarig sykdom',
              action: 'Ber om opplæring hjemme eller på sykehuset mens barnet er sykt.',
              channel: 'in-person',
              emotion: 0,
              need: 'At barnet ikke faller ut av opplæringen.',
              painPoint: 'Familien må selv vite om retten og be om den.',
              painType: 'own-initiative',
              backstage: 'Udir gir reglene; kommunen gir opplæringen.',
              responsible: ['kommune', 'udir'],
            },
          ],
        },
        {
          title: 'Langvarig oppfølging',
          touchpoints: [
            {
              title: 'Støtte til pårørende',
              action: 'Ser etter avlastning og støtte for seg selv.',
              channel: 'phone',
              emotion: -1,
              need: 'Avlastning, og at noen ser foreldrene og søsknene.',
              painPoint: 'Pårørende «sitter med all ansvaret».',
              painType: 'unclear-responsibility',
              responsible: ['kommune'],
            },
            {
              title: 'Innspill i digital postkasse',
              action: 'Gir innspill om sin situasjon til pårørendestrategien.',
              channel: 'digital',
              emotion: 0,
              need: 'At erfaringene brukes til å gjøre tjenestene bedre.',
              responsible: ['hod'],
            },
            {
              title: 'Likepersonsstøtte',
              action: 'Finner andre foreldre i samme situasjon, for eksempel i Løvemamma.',
              channel: 'digital',
              emotion: 1,
              need: 'Å snakke med noen som har vært gjennom det samme.',
              responsible: ['lovemamma'],
            },
            {
              title: 'Innlogging med ID-porten og Altinn',
              action: 'Logger inn og registrerer seg på nytt i hver etats tjeneste.',
              channel: 'digital',
              emotion: -1,
              need: 'Én innlogging og ett sted å se alle søknader og vedtak.',
              painPoint: 'Registrerer de samme opplysningene på nytt hver gang.',
              painType: 'repeated-information',
              responsible: ['digdir'],
            },
          ],
        },
      ],
    },
    alvorligSyktBarnToBe,
  ],
}
