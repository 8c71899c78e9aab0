import { Paragraph, Tabs } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { type Ref, useEffect, useImperativeHandle, useMemo, useRef, useState, memo } from 'react'
import type * as Y from 'yjs'
import { compareNames } from '@samkart/model'
import type { ActorActions } from '../actions/actorActions'
import type { NodeContent } from '../flow/nodeContent'
import type { ActorNodeData } from '../matrix/actorNodes'
import { cardIdOf } from '../matrix/cardElements'
import { useActorMap } from '../ActorMapContext'
import { InsightPanel } from '../insight/InsightPanel'
import { isFilterActive, matchesFilter } from '../filter/actorFilter'
import { useActorFilter } from '../filter/ActorFilterContext'
import { ActorDetails } from './ActorDetails'
import { ActorList } from './ActorList'
import { BulkActions } from './BulkActions'
import './actors.css'

/** What the view can ask of the panel. */
export interface ActorPanelHandle {
  /** Shows the selected actor's details and moves focus there (a key on a focused card). */
  showDetails(): void
}

/** Props of {@link ActorPanel}. */
export interface ActorPanelProps {
  doc: Y.Doc
  actions: ActorActions
  /** The cards' content (see createContentProjector): the panel never needs their places. */
  nodes: NodeContent<ActorNodeData>[]
  onSelect: (id: string) => void
  onDelete: (id: string) => void
  onDuplicate: (id: string) => void
  /** Asks to delete these actors (the view confirms first). */
  onDeleteMany: (ids: string[]) => void
  onDuplicateMany: (ids: string[]) => void
  ref?: Ref<ActorPanelHandle>
  /** The panel's element id (the toggle that shows and hides it points here). */
  id?: string
  /** Collapsed by the user: not shown until they open it again, or ask for details. */
  hidden?: boolean
  /** Opens a hidden panel (asking for details does). */
  onShow?: () => void
}

type PanelTab = 'details' | 'actors' | 'insight'

/**
 * The side panel, in tabs: the selected actor's details, every actor as a list (the non-spatial
 * way to the same cards, for screen readers and for finding a card quickly), and insights.
 */
function ActorPanelView({
  doc,
  actions,
  nodes,
  onSelect,
  onDelete,
  onDuplicate,
  onDeleteMany,
  onDuplicateMany,
  ref,
  id,
  hidden = false,
  onShow,
}: ActorPanelProps) {
  const t = useT()
  const { selection } = useActorMap()
  const filter = useActorFilter()
  const filtering = isFilterActive(filter)
  const [tab, setTab] = useState<PanelTab>('details')
  const detailsHeading = useRef<HTMLHeadingElement>(null)
  const selected = nodes.filter((node) => node.selected)
  const sorted = useMemo(
    () => [...nodes].sort((a, b) => compareNames(a.data.name, b.data.name)),
    [nodes],
  )
  const listed = useMemo(
    () => (filtering ? sorted.filter((node) => matchesFilter(node.data, filter)) : sorted),
    [sorted, filter, filtering],
  )
  const selectedIds = selected.map((node) => node.id)
  const bulk =
    selected.length > 1 ? (
      <BulkActions
        count={selected.length}
        hidden={filtering ? selected.filter((n) => !matchesFilter(n.data, filter)).length : 0}
        onDuplicate={() => onDuplicateMany(selectedIds)}
        onDelete={() => onDeleteMany(selectedIds)}
        onClear={() => selection.clear()}
      />
    ) : null

  const handle = useMemo<ActorPanelHandle>(
    () => ({
      showDetails() {
        onShow?.()
        setTab('details')
        // After the tab panel is shown and the details drawn, or focus would land nowhere.
        requestAnimationFrame(() => detailsHeading.current?.focus())
      },
    }),
    [onShow],
  )
  useImperativeHandle(ref, () => handle, [handle])

  // D on a focused card («Detaljer» / «Details»: one letter for both languages) jumps here.
  // Listened for on the document so it works in every view; only on a card, so never while
  // typing (WCAG 2.1.4).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'd' || event.ctrlKey || event.metaKey || event.altKey) return
      if (!cardIdOf(event.target)) return
      event.preventDefault()
      handle.showDetails()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [handle])

  const pick = (id: string) => {
    onSelect(id)
    setTab('details')
    // The tabs share one scroll area: after picking far down a long list, the details would
    // open scrolled to their middle. Focus stays on the card (`onSelect` moves it there).
    requestAnimationFrame(() => detailsHeading.current?.scrollIntoView({ block: 'nearest' }))
  }

  return (
    <aside id={id} hidden={hidden} className="samkart-panel" aria-label={t('panel.tabs')}>
      <Tabs
        value={tab}
        onChange={(value) => setTab(value as PanelTab)}
        data-size="sm"
        className="samkart-panel__tabs"
      >
        <Tabs.List>
          <Tabs.Tab value="details">{t('panel.tab.details')}</Tabs.Tab>
          <Tabs.Tab value="actors">
            {t('panel.heading')}{' '}
            <span className="samkart-panel__count">
              (
              {filtering
                ? t('panel.countFiltered', { shown: listed.length, count: nodes.length })
                : nodes.length}
              )
            </span>
          </Tabs.Tab>
          <Tabs.Tab value="insight">{t('panel.tab.insight')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details" className="samkart-panel__tab">
          {selected.length === 1 ? (
            <ActorDetails
              key={selected[0]!.id}
              doc={doc}
              actions={actions}
              actorId={selected[0]!.id}
              onDelete={onDelete}
              onDuplicate={onDuplicate}
              headingRef={detailsHeading}
            />
          ) : (
            <>
              {bulk}
              <Paragraph data-size="sm" className="samkart-panel__hint">
                {selected.length > 1
                  ? t('selection.many', { count: selected.length })
                  : t('panel.noSelection')}
              </Paragraph>
            </>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="actors" className="samkart-panel__tab">
          {bulk}
          {/* A live region: typing in the search box tells a screen reader how many are left. */}
          <Paragraph data-size="sm" role="status" className="samkart-list-status">
            {filtering && sorted.length > 0
              ? listed.length === 0
                ? t('filter.noMatch')
                : t('filter.count', { shown: listed.length, count: nodes.length })
              : ''}
          </Paragraph>
          {sorted.length === 0 ? (
            <Paragraph data-size="sm">{t('panel.empty')}</Paragraph>
          ) : (
            // Mounted only while open: a long list is a large part of the page.
            tab === 'actors' && (
              <ActorList nodes={listed} onSelect={pick} onToggle={selection.toggleActor} />
            )
          )}
        </Tabs.Panel>
        <Tabs.Panel value="insight" className="samkart-panel__tab">
          {/* Mounted only while open: it re-reads the whole board on every change. */}
          {tab === 'insight' && (
            <InsightPanel doc={doc} onSelect={(ids) => selection.setActors(ids)} />
          )}
        </Tabs.Panel>
      </Tabs>
    </aside>
  )
}

/** Memoised: the board re-renders on every pointer move of a drag; this only when its props change. */
export const ActorPanel = memo(ActorPanelView)
