import { Field, Label, Select } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { type PublicVote, voteItemLabel } from '@samkart/model'
import { useState } from 'react'
import type * as Y from 'yjs'

type Order = 'votes' | 'name'

/** A revealed vote: every item with its total and a bar, most dots first (or by name). */
export function VoteResults({ vote, doc }: { vote: PublicVote; doc: Y.Doc }) {
  const t = useT()
  const [order, setOrder] = useState<Order>('votes')
  const rows = vote.items.map((item) => ({
    id: item.id,
    label: voteItemLabel(doc, item) ?? t('voting.deleted'),
    total: vote.totals[item.id] ?? 0,
  }))
  const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    a.label.localeCompare(b.label, 'nb')
  rows.sort((a, b) => (order === 'votes' ? b.total - a.total || byName(a, b) : byName(a, b)))
  const max = Math.max(1, ...rows.map((r) => r.total))
  return (
    <>
      <Field data-size="sm">
        <Label>{t('voting.sort')}</Label>
        <Select value={order} onChange={(event) => setOrder(event.target.value as Order)}>
          <Select.Option value="votes">{t('voting.sort.votes')}</Select.Option>
          <Select.Option value="name">{t('voting.sort.name')}</Select.Option>
        </Select>
      </Field>
      <ol className="voting-results" aria-label={t('voting.status.revealed')}>
        {rows.map((row) => (
          <li key={row.id} className="voting-result">
            <span className="voting-result__label">{row.label}</span>
            <span className="voting-result__total">{t('voting.total', { count: row.total })}</span>
            <span
              className="voting-result__bar"
              aria-hidden="true"
              style={{ width: `${(row.total / max) * 100}%` }}
            />
          </li>
        ))}
      </ol>
    </>
  )
}
