import { Button, Heading } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { type KeyboardEvent, useEffect, useRef, useState } from 'react'
import { onWorkshopToolRequest } from './railRequests'
import type { WorkshopContext, WorkshopTab } from './WorkshopTab'
import { WORKSHOP_TABS } from './workshopTabs'
import './workshop.css'

/**
 * The workshop rail at the board's right edge (as in Miro): one toggle button per tool, and the
 * open tool's panel beside the board, which stays usable. One panel at a time; Escape in the
 * panel closes it and returns focus to its button.
 */
export function WorkshopRail({
  context,
  tabs = WORKSHOP_TABS,
}: {
  context: WorkshopContext
  tabs?: readonly WorkshopTab[]
}) {
  const t = useT()
  const [openId, setOpenId] = useState<string | null>(null)
  const buttons = useRef(new Map<string, HTMLButtonElement>())
  // Another part of the board asks for a tool (an item's «Kommentarer» button).
  useEffect(() => onWorkshopToolRequest(setOpenId), [])
  const available = tabs.filter((tab) => tab.available?.(context) ?? true)
  if (available.length === 0) return null
  const open = available.find((tab) => tab.id === openId) ?? null

  const close = () => {
    if (!open) return
    setOpenId(null)
    buttons.current.get(open.id)?.focus()
  }
  const onPanelKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return
    event.preventDefault()
    close()
  }

  return (
    <aside className="workshop-rail" aria-label={t('workshop.rail')}>
      {open && (
        <section
          id={`workshop-panel-${open.id}`}
          className="workshop-panel"
          aria-labelledby={`workshop-heading-${open.id}`}
          onKeyDown={onPanelKey}
        >
          <div className="workshop-panel__head">
            <Heading level={2} data-size="2xs" id={`workshop-heading-${open.id}`}>
              {t(open.label)}
            </Heading>
            <Button
              data-size="sm"
              variant="tertiary"
              icon
              aria-label={t('workshop.close', { tool: t(open.label) })}
              onClick={close}
            >
              <span aria-hidden="true">×</span>
            </Button>
          </div>
          <div className="workshop-panel__body">
            <open.Panel {...context} />
          </div>
        </section>
      )}
      <div className="workshop-rail__tools" role="toolbar" aria-orientation="vertical">
        {available.map((tab) => (
          <Button
            key={tab.id}
            ref={(node) => {
              if (node) buttons.current.set(tab.id, node)
              else buttons.current.delete(tab.id)
            }}
            data-size="sm"
            variant={tab.id === open?.id ? 'secondary' : 'tertiary'}
            icon
            className="workshop-rail__button"
            aria-label={t(tab.label)}
            title={t(tab.label)}
            aria-pressed={tab.id === open?.id}
            aria-controls={tab.id === open?.id ? `workshop-panel-${tab.id}` : undefined}
            // The label names the button; the badge's count is heard as its description.
            aria-describedby={tab.Badge ? `workshop-badge-${tab.id}` : undefined}
            onClick={() => setOpenId(tab.id === open?.id ? null : tab.id)}
          >
            <tab.Icon />
            {tab.Badge && (
              <span id={`workshop-badge-${tab.id}`}>
                <tab.Badge {...context} />
              </span>
            )}
          </Button>
        ))}
      </div>
    </aside>
  )
}
