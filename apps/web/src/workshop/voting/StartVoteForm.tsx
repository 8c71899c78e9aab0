import {
  Button,
  Field,
  Fieldset,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { DOTS_PER_PERSON_MAX, type VoteItemSet, readJourneys } from '@samkart/model'
import { type FormEvent, useState } from 'react'
import { startVote } from '../../api/votesApi'
import { useClockOffset } from '../timer/serverClock'
import type { WorkshopContext } from '../WorkshopTab'
import { voteErrorText } from './voteErrorText'

/** The sets a facilitator picks from here (`custom` lists are for the API). */
const SETS = ['actors', 'touchpoints', 'painPoints', 'notes'] as const satisfies VoteItemSet[]

/** The facilitator's «Start en avstemning»: question, what to vote on, dots, an end time. */
export function StartVoteForm({ session, boardId, token }: WorkshopContext) {
  const t = useT()
  const offset = useClockOffset()
  const journeys = readJourneys(session.doc)
  const [title, setTitle] = useState(() => t('voting.start.titleDefault'))
  const [itemSet, setItemSet] = useState<(typeof SETS)[number]>('actors')
  const [journeyId, setJourneyId] = useState(journeys[0]?.id ?? '')
  const [dots, setDots] = useState('3')
  const [minutes, setMinutes] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const needsJourney = itemSet === 'touchpoints' || itemSet === 'painPoints'

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const dotsPerPerson = Number(dots)
    const endMinutes = minutes.trim() === '' ? null : Number(minutes.replace(',', '.'))
    if (
      !Number.isInteger(dotsPerPerson) ||
      dotsPerPerson < 1 ||
      dotsPerPerson > DOTS_PER_PERSON_MAX
    )
      return setError(t('voting.error.generic'))
    if (endMinutes !== null && (!Number.isFinite(endMinutes) || endMinutes <= 0))
      return setError(t('voting.error.generic'))
    setBusy(true)
    const started = await startVote(boardId, token, {
      title: title.trim() || t('voting.start.titleDefault'),
      itemSet,
      ...(needsJourney ? { journeyId } : {}),
      dotsPerPerson,
      // The end on the server's clock, which closes the vote.
      ...(endMinutes !== null
        ? { endsAt: Math.round(Date.now() + offset + endMinutes * 60_000) }
        : {}),
    })
    setBusy(false)
    setError(started.ok ? '' : voteErrorText(t, started.error))
  }

  return (
    <form className="voting-start" onSubmit={(event) => void submit(event)} noValidate>
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('voting.start.heading')}</Fieldset.Legend>
        <Textfield
          data-size="sm"
          label={t('voting.start.title')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          autoComplete="off"
        />
        <Field data-size="sm">
          <Label>{t('voting.start.itemSet')}</Label>
          <Select
            value={itemSet}
            onChange={(event) => setItemSet(event.target.value as (typeof SETS)[number])}
          >
            {SETS.map((set) => (
              <Select.Option key={set} value={set}>
                {t(`voting.start.set.${set}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {needsJourney && (
          <Field data-size="sm">
            <Label>{t('voting.start.journey')}</Label>
            <Select value={journeyId} onChange={(event) => setJourneyId(event.target.value)}>
              {journeys.map((j) => (
                <Select.Option key={j.id} value={j.id}>
                  {j.title}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
        <Textfield
          data-size="sm"
          label={t('voting.start.dots')}
          type="number"
          min={1}
          max={DOTS_PER_PERSON_MAX}
          value={dots}
          onChange={(event) => setDots(event.target.value)}
        />
        <Textfield
          data-size="sm"
          label={t('voting.start.minutes')}
          inputMode="decimal"
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
          autoComplete="off"
        />
        {error && <ValidationMessage data-size="sm">{error}</ValidationMessage>}
        <Button type="submit" data-size="sm" disabled={busy}>
          {t('voting.start.submit')}
        </Button>
      </Fieldset>
    </form>
  )
}
