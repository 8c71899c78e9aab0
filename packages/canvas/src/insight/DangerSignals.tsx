import { Checkbox, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { updateDangerSignal } from '@samkart/model'
import type * as Y from 'yjs'
import { CommitTextfield } from '../actors/CommitTextfield'
import { useReadOnly } from '../readOnly/ReadOnlyContext'
import { useDangerSignals } from './useDangerSignals'

/**
 * The five danger signals (Klijn & Koppenjan) as a checklist the group fills in together: a
 * tick for «we see this», and a note that is written when the field is left.
 */
export function DangerSignals({ doc }: { doc: Y.Doc }) {
  const t = useT()
  const signals = useDangerSignals(doc)
  const readOnly = useReadOnly()
  return (
    <section className="samkart-insight__section">
      <Heading level={3} data-size="2xs">
        {t('insight.signals')}
      </Heading>
      <Paragraph data-size="sm" className="samkart-insight__description">
        {t('insight.signals.description')}
      </Paragraph>
      <ul className="samkart-insight__signals">
        {signals.map(({ signal, present, note }) => {
          const name = t(`signal.${signal}`)
          return (
            <li key={signal} className="samkart-insight__signal" data-present={present}>
              <Checkbox
                data-size="sm"
                label={name}
                checked={present}
                readOnly={readOnly}
                onChange={(event) =>
                  updateDangerSignal(doc, signal, { present: event.target.checked })
                }
              />
              <CommitTextfield
                label={
                  <>
                    {t('signal.note')}
                    {/* Five fields called «Notat» would be indistinguishable in a list of fields. */}
                    <span className="samkart-visually-hidden">
                      {' '}
                      {t('signal.noteFor', { signal: name })}
                    </span>
                  </>
                }
                value={note}
                multiline
                onCommit={(text) => updateDangerSignal(doc, signal, { note: text })}
              />
            </li>
          )
        })}
      </ul>
    </section>
  )
}
