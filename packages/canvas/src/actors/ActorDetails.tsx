import { Button, Checkbox, Fieldset, Heading, Radio } from '@digdir/designsystemet-react'
import { OpenCommentsButton } from '../comments/OpenCommentsButton'
import { useT } from '@samkart/i18n/react'
import {
  ACTOR_INVOLVEMENTS,
  ACTOR_KINDS,
  ACTOR_LEVELS,
  ACTOR_STRATEGIES,
  type ActorInput,
  actorCategory,
} from '@samkart/model'
import { type Ref, useId } from 'react'
import type * as Y from 'yjs'
import type { ActorActions } from '../actions/actorActions'
import { CategoryTag } from '../matrix/CategoryTag'
import { useReadOnly } from '../readOnly/ReadOnlyContext'
import { CommitTextfield } from './CommitTextfield'
import { EnumSelect } from './EnumSelect'
import { PercentField } from './PercentField'
import { useActor } from './useActor'

/** Props of {@link ActorDetails}. */
export interface ActorDetailsProps {
  doc: Y.Doc
  actions: ActorActions
  actorId: string
  onDelete: (id: string) => void
  onDuplicate: (id: string) => void
  /** The heading, focusable, so «open details» from a card has somewhere to land. */
  headingRef?: Ref<HTMLHeadingElement>
}

/**
 * Every field of the selected actor, each written through the model on its own: choices at
 * once, text when the user leaves the field or presses Enter. The model's refusal (a bad or
 * duplicate organisation number, a name too long) is shown next to the field it is about, and
 * the panel follows edits other people make to the same actor as they happen.
 */
export function ActorDetails({
  doc,
  actions,
  actorId,
  onDelete,
  onDuplicate,
  headingRef,
}: ActorDetailsProps) {
  const t = useT()
  const headingId = useId()
  const actor = useActor(doc, actorId)
  // Fields stay readable and focusable for a viewer (read-only, not disabled), buttons go.
  const readOnly = useReadOnly()
  if (!actor) return null
  const update = (patch: ActorInput) => actions.update(actor.id, patch)
  const toggle = (
    field: 'powerFormal' | 'powerResources' | 'powerDiscursive' | 'involvementReal',
  ) =>
    ({
      label: t(`actor.${field}`),
      checked: actor[field],
      readOnly,
      onChange: (event: { target: { checked: boolean } }) =>
        update({ [field]: event.target.checked }),
    }) as const

  return (
    <section className="samkart-details" aria-labelledby={headingId}>
      <div className="samkart-details__header">
        <Heading
          id={headingId}
          ref={headingRef}
          tabIndex={-1}
          level={3}
          data-size="xs"
          className="samkart-details__name"
        >
          {actor.name}
        </Heading>
        <CategoryTag category={actorCategory(actor.importance, actor.substitutability)} />
      </div>
      <div className="samkart-details__actions">
        <OpenCommentsButton kind="actor" id={actor.id} />
      </div>

      <div className="samkart-details__group">
        <Heading level={4} data-size="2xs">
          {t('details.about')}
        </Heading>
        <CommitTextfield
          label={t('actor.name')}
          value={actor.name}
          onCommit={(name) => update({ name: name.trim() })}
        />
        <CommitTextfield
          label={t('actor.shortName')}
          description={t('actor.shortName.description')}
          value={actor.shortName}
          onCommit={(shortName) => update({ shortName: shortName.trim() })}
        />
        <CommitTextfield
          label={t('actor.orgNumber')}
          description={t('actor.orgNumber.description')}
          value={actor.orgNumber}
          inputMode="numeric"
          // People paste «974 760 673»; the register's grouping is not part of the number.
          onCommit={(orgNumber) => update({ orgNumber: orgNumber.replace(/\s/g, '') })}
        />
        <EnumSelect
          label={t('actor.level')}
          value={actor.level}
          values={ACTOR_LEVELS}
          text={(level) => t(`level.${level}`)}
          onChange={(level) => update({ level })}
        />
        <EnumSelect
          label={t('actor.kind')}
          value={actor.kind}
          values={ACTOR_KINDS}
          text={(kind) => t(`kind.${kind}`)}
          onChange={(kind) => update({ kind })}
        />
      </div>

      <div className="samkart-details__group">
        <Heading level={4} data-size="2xs">
          {t('details.assessment')}
        </Heading>
        <EnumSelect
          label={t('actor.strategy')}
          value={actor.strategy}
          values={ACTOR_STRATEGIES}
          text={(strategy) => t(`strategy.${strategy || 'none'}`)}
          onChange={(strategy) => update({ strategy })}
        />
        <div className="samkart-details__numbers">
          <PercentField
            label={t('matrix.axis.importance')}
            value={actor.importance}
            onCommit={(importance) => update({ importance })}
          />
          <PercentField
            label={t('matrix.axis.substitutability')}
            value={actor.substitutability}
            onCommit={(substitutability) => update({ substitutability })}
          />
          <PercentField
            label={t('actor.interest')}
            value={actor.interest}
            onCommit={(interest) => update({ interest })}
          />
          <PercentField
            label={t('actor.influence')}
            value={actor.influence}
            onCommit={(influence) => update({ influence })}
          />
          <PercentField
            label={t('actor.trust')}
            value={actor.trust}
            onCommit={(trust) => update({ trust })}
          />
        </div>
        <Fieldset data-size="sm">
          <Fieldset.Legend>{t('actor.power')}</Fieldset.Legend>
          <Checkbox {...toggle('powerFormal')} />
          <Checkbox {...toggle('powerResources')} />
          <Checkbox {...toggle('powerDiscursive')} />
        </Fieldset>
      </div>

      <div className="samkart-details__group">
        <Heading level={4} data-size="2xs">
          {t('details.involvement')}
        </Heading>
        <Fieldset data-size="sm">
          <Fieldset.Legend>{t('actor.involvement')}</Fieldset.Legend>
          {ACTOR_INVOLVEMENTS.map((involvement) => (
            <Radio
              key={involvement || 'none'}
              name={`${headingId}-involvement`}
              label={t(`involvement.${involvement || 'none'}`)}
              value={involvement}
              checked={actor.involvement === involvement}
              readOnly={readOnly}
              onChange={() => update({ involvement })}
            />
          ))}
        </Fieldset>
        <CommitTextfield
          label={t('actor.joined')}
          description={t('actor.joined.description')}
          value={actor.joined}
          onCommit={(joined) => update({ joined: joined.trim() })}
        />
        <Checkbox data-size="sm" {...toggle('involvementReal')} />
        <CommitTextfield
          label={t('actor.notes')}
          value={actor.notes}
          multiline
          onCommit={(notes) => update({ notes })}
        />
      </div>

      {!readOnly && (
        <div className="samkart-details__actions">
          <Button variant="secondary" data-size="sm" onClick={() => onDuplicate(actor.id)}>
            {t('actor.duplicate')}
          </Button>
          <Button
            variant="tertiary"
            data-color="danger"
            data-size="sm"
            onClick={() => onDelete(actor.id)}
          >
            {t('actor.delete')}
          </Button>
        </div>
      )}
    </section>
  )
}
