import { Button } from '@digdir/designsystemet-react'
import { laneName } from '@samkart/i18n'
import { useT } from '@samkart/i18n/react'
import type { Lane, Phase } from '@samkart/model'
import { PlusIcon } from '../JourneyIcons'
import { useLaneItems } from './LaneItemsContext'
import './lanes.css'

/**
 * The items of a custom lane in one phase: small cards, typed ones led by their kind (pain
 * point, opportunity, idea) in words and colour, each a button that opens it; and, for editors,
 * a button that adds one.
 */
export function LaneItemsCell({ lane, phase }: { lane: Lane; phase: Phase }) {
  const t = useT()
  const items = useLaneItems()
  if (!items) return null
  const list = items.itemsIn(lane.id, phase.id)
  const name = laneName(lane, t)
  return (
    <div className="journey-lane-items">
      {list.length > 0 && (
        <ul
          className="journey-lane-items__list"
          aria-label={t('lanes.cell', { lane: name, phase: phase.title })}
        >
          {list.map((item) => {
            const links = item.touchpoints.length + item.pains.length
            const content = (
              <>
                {item.kind !== 'text' && (
                  <span className="journey-lane-item__kind">
                    {t(`lanes.item.kind.${item.kind}`)}
                  </span>
                )}
                <span className="journey-lane-item__text">{item.text}</span>
                {links > 0 && (
                  <span className="journey-lane-item__links">
                    {t('lanes.item.links', { count: links })}
                  </span>
                )}
              </>
            )
            return (
              <li key={item.id} className="journey-lane-item" data-kind={item.kind}>
                {items.readOnly ? (
                  <span className="journey-lane-item__body">{content}</span>
                ) : (
                  <button
                    type="button"
                    className="journey-lane-item__body journey-lane-item__open"
                    aria-haspopup="dialog"
                    onClick={() => items.open(item.id)}
                  >
                    {content}
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
      {!items.readOnly && (
        <Button
          variant="tertiary"
          data-size="sm"
          className="journey-lane-items__add journey-touchpoint__tools"
          aria-label={t('lanes.item.add', { lane: name, phase: phase.title })}
          title={t('lanes.item.add', { lane: name, phase: phase.title })}
          onClick={() => items.add(lane, phase)}
        >
          <PlusIcon />
        </Button>
      )}
    </div>
  )
}
