import type { TemplateJourney } from './BoardTemplate'

/**
 * «Alvorlig sykt barn – ønsket»: the to-be journey of the template, drawn from what the seeds
 * name as the way out of the «kasteball» (domain brief §3; seed 001 on coordinators): a
 * coordinator from the diagnosis on, hand in hand between the hospital and the municipality
 * (koordinator ↔ koordinator), NAV getting the medical statement from the hospital and telling
 * the family what it has a right to, the benefits in one application, one meeting for
 * barnehage, school and PPT led by the coordinator, and one login to see every case. The phases
 * keep the as-is titles, so the comparison pairs them; touchpoints that stay keep their titles,
 * so a change of owner shows. `responsible` names whom the family deals with; what agencies do
 * behind the coordinator is in `backstage`.
 *
 * What each touchpoint asks the family for (`asksFor`) follows the same idea: the family gives
 * its address and family once (helsestasjonen), consents once at the hospital to sharing with the
 * coordinators, and gives NAV only what NAV alone needs (income, bank account); the diagnosis and
 * the medical statement travel between the services.
 *
 * Its figures (8 hand-overs against 11, 6 agencies against 9, no information given again against
 * 16 times, no tagged repeated information against 5) are asserted in `alvorligSyktBarn.test.ts`.
 */
export const alvorligSyktBarnToBe: TemplateJourney = {
  key: 'to-be',
  title: 'Alvorlig sykt barn – ønsket',
  description:
    'Den samme familien slik tjenestene bør møte den: én koordinator, informasjonen deles, og familien slipper å søke alt selv. Et utgangspunkt for verkstedet.',
  tags: ['0–24 år', 'Pilot: Flekkefjord kommune'],
  stage: 'to-be',
  counterpart: 'journey',
  personas: ['foreldre', 'barnet'],
  phases: [
    {
      title: 'Kontakt og utredning',
      touchpoints: [
        {
          title: 'Helsestasjon eller fastlege',
          action: 'Tar opp bekymringen for barnet med helsestasjonen eller fastlegen.',
          channel: 'in-person',
          emotion: 0,
          need: 'Å bli tatt på alvor og få vite hva som skjer videre.',
          backstage: 'Legevakten ser det fastlegen har notert, så historien fortelles én gang.',
          responsible: ['kommune'],
          asksFor: ['familie'],
        },
        {
          title: 'Henvisning til spesialisthelsetjenesten',
          action: 'Får vite når og hvor barnet skal utredes.',
          channel: 'digital',
          emotion: 0,
          need: 'Å vite når og hvor barnet skal utredes.',
          backstage: 'Fastlegen henviser; helseforetaket gir time og sier fra til familien.',
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
          emotion: -1,
          need: 'Forståelig informasjon om diagnosen og behandlingen.',
          responsible: ['hf'],
          asksFor: ['samtykke'],
        },
        {
          title: 'Koordinator fra diagnosen',
          action: 'Møter koordinatoren på sykehuset, som blir kjent med familien.',
          channel: 'in-person',
          emotion: 1,
          need: 'Én person som har oversikten og samordner tjenestene.',
          backstage:
            'Koordinatoren på sykehuset tar kontakt med koordinerende enhet i kommunen før utskriving.',
          responsible: ['hf'],
        },
        {
          title: 'Pleiepenger og opplæringspenger',
          action: 'Blir kontaktet av NAV om hva familien har rett på, og bekrefter søknaden.',
          channel: 'digital',
          emotion: 0,
          need: 'Inntekt mens en av foreldrene er borte fra jobb, og tid til opplæring.',
          legalBasis: 'folketrygdloven §§ 9-10 og 9-13',
          backstage: 'NAV får legeerklæringen direkte fra sykehuset.',
          responsible: ['nav'],
          personas: ['foreldre'],
          asksFor: ['inntekt', 'bankkonto'],
        },
      ],
    },
    {
      title: 'Hjem og ny hverdag',
      touchpoints: [
        {
          title: 'Stønadene i én søknad',
          action: 'Går gjennom grunnstønad, hjelpestønad og omsorgsdager i én samlet søknad.',
          channel: 'digital',
          emotion: 0,
          need: 'Dekning av ekstra utgifter og pleie, uten å måtte vite om hver stønad.',
          legalBasis: 'folketrygdloven §§ 6-3, 6-4 og 9-5',
          backstage: 'NAV bruker opplysningene den allerede har om barnet og diagnosen.',
          responsible: ['nav'],
          personas: ['foreldre'],
        },
        {
          title: 'Individuell plan og koordinator',
          action: 'Lager individuell plan sammen med koordinatoren i kommunen.',
          channel: 'in-person',
          emotion: 1,
          need: 'Én person som har oversikten og samordner tjenestene.',
          backstage: 'Koordinerende enhet i kommunen oppnevnte koordinatoren før utskrivingen.',
          responsible: ['kommune'],
        },
        {
          title: 'Velferdsteknologi i hjemmet',
          action: 'Får utstyr og opplæring i velferdsteknologi.',
          channel: 'in-person',
          emotion: 1,
          need: 'Trygghet hjemme og færre turer til sykehuset.',
          responsible: ['kommune'],
        },
      ],
    },
    {
      title: 'Barnehage og skole',
      touchpoints: [
        {
          title: 'Ett møte om barnehage og skole',
          action: 'Møter barnehagen, skolen og PPT én gang, sammen med koordinatoren.',
          channel: 'in-person',
          emotion: 1,
          need: 'At barnet kan være i barnehagen og skolen som andre barn.',
          backstage: 'Koordinatoren deler det familien har samtykket til; Statped bistår PPT.',
          responsible: ['kommune', 'skole'],
        },
        {
          title: 'Opplæring i hjemmet under langvarig sykdom',
          action: 'Får opplæring hjemme eller på sykehuset mens barnet er sykt.',
          channel: 'in-person',
          emotion: 0,
          need: 'At barnet ikke faller ut av opplæringen.',
          backstage: 'Skolen tilbyr retten uten at familien må be om den.',
          responsible: ['kommune', 'skole'],
          personas: ['barnet'],
        },
      ],
    },
    {
      title: 'Langvarig oppfølging',
      touchpoints: [
        {
          title: 'Støtte til pårørende',
          action: 'Får tilbud om avlastning gjennom koordinatoren.',
          channel: 'in-person',
          emotion: 0,
          need: 'Avlastning, og at noen ser foreldrene og søsknene.',
          responsible: ['kommune'],
          personas: ['foreldre'],
        },
        {
          title: 'Én innlogging og oversikt',
          action: 'Ser alle søknader, vedtak og avtaler på ett sted.',
          channel: 'digital',
          emotion: 1,
          need: 'Én innlogging og ett sted å se alle søknader og vedtak.',
          backstage: 'ID-porten og Altinn som felles løsninger for etatene.',
          responsible: ['digdir'],
        },
        {
          title: 'Likepersonsstøtte',
          action: 'Finner andre foreldre i samme situasjon, for eksempel i Løvemamma.',
          channel: 'digital',
          emotion: 1,
          need: 'Å snakke med noen som har vært gjennom det samme.',
          responsible: ['lovemamma'],
          personas: ['foreldre'],
        },
      ],
    },
  ],
}
