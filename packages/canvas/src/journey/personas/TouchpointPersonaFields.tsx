import { Checkbox, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import {
  type EntityFields,
  type Journey,
  type Result,
  type Touchpoint,
  deleteInfoItem,
  ensureInfoItem,
  renameInfoItem,
} from '@samkart/model'
import { useId } from 'react'
import type * as Y from 'yjs'
import { useReadOnly } from '../../readOnly/ReadOnlyContext'
import { AsksForPicker } from './AsksForPicker'
import { PersonaPicture } from './PersonaPicture'
import type { PersonaBoard } from './usePersonaBoard'

/** Props of {@link TouchpointPersonaFields}. */
export interface TouchpointPersonaFieldsProps {
  doc: Y.Doc
  origin: unknown
  journey: Journey
  touchpoint: Touchpoint
  board: PersonaBoard
  update: (patch: Partial<EntityFields<'touchpoint'>>) => Result<unknown>
}

/**
 * The touchpoint panel's persona fields: which of the journey's personas the touchpoint is for
 * («Gjelder»; none ticked = all of them) and what it asks the family for. A viewer reads both
 * as lists.
 */
export function TouchpointPersonaFields({
  doc,
  origin,
  journey,
  touchpoint: tp,
  board,
  update,
}: TouchpointPersonaFieldsProps) {
  const t = useT()
  const readOnly = useReadOnly()
  const descriptionId = useId()
  // The journey's personas, and any other the touchpoint still names (so it can be unticked).
  const offered = board.personas.filter(
    (p) => journey.personas.includes(p.id) || tp.personas.includes(p.id),
  )
  const personaName = new Map(board.personas.map((p) => [p.id, p.name]))
  const itemName = new Map(board.infoItems.map((i) => [i.id, i.name]))

  if (readOnly) {
    const forNames = tp.personas.flatMap((id) => personaName.get(id) ?? [])
    const asked = tp.asksFor.flatMap((id) => itemName.get(id) ?? [])
    return (
      <>
        <ReadList
          heading={t('personas.touchpoint.legend')}
          items={forNames}
          none={t('personas.touchpoint.all')}
        />
        <ReadList heading={t('personas.asksFor.legend')} items={asked} none="–" />
      </>
    )
  }

  return (
    <>
      <Fieldset data-size="sm" className="journey-picker" aria-describedby={descriptionId}>
        <Fieldset.Legend>{t('personas.touchpoint.legend')}</Fieldset.Legend>
        <Fieldset.Description id={descriptionId}>
          {offered.length === 0
            ? t('personas.touchpoint.none')
            : t('personas.touchpoint.description')}
        </Fieldset.Description>
        {offered.map((persona) => (
          <div key={persona.id} className="persona-form__picture">
            <Checkbox
              data-size="sm"
              label={persona.name}
              checked={tp.personas.includes(persona.id)}
              onChange={(event) =>
                update({
                  personas: event.target.checked
                    ? [...tp.personas, persona.id]
                    : tp.personas.filter((id) => id !== persona.id),
                })
              }
            />
            <PersonaPicture picture={persona.picture} size={24} />
          </div>
        ))}
      </Fieldset>
      <AsksForPicker
        items={board.infoItems}
        asksFor={tp.asksFor}
        onChange={(asksFor) => update({ asksFor })}
        vocabulary={{
          ensure: (name) => ensureInfoItem(doc, name, { origin }),
          rename: (id, name) => renameInfoItem(doc, id, name, { origin }),
          remove: (id) => deleteInfoItem(doc, id, { origin }),
        }}
      />
    </>
  )
}

function ReadList({ heading, items, none }: { heading: string; items: string[]; none: string }) {
  const headingId = useId()
  return (
    <div className="journey-picker">
      <Heading id={headingId} level={4} data-size="2xs">
        {heading}
      </Heading>
      {items.length === 0 ? (
        <Paragraph data-size="sm">{none}</Paragraph>
      ) : (
        <ul aria-labelledby={headingId}>
          {items.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
