import { useT } from '@samkart/i18n/react'
import { Link } from '../router/Link'
import { useRoute } from '../router/navigation'
import { type BoardView, boardPath, journeysPath } from '../router/routes'
import './boardNav.css'

/** The board's current view and open journey, from the URL. */
export function useBoardView(): { view: BoardView; journeyId?: string } {
  const route = useRoute()
  return route.page === 'board'
    ? { view: route.view, journeyId: route.journeyId }
    : { view: 'actors' }
}

/**
 * Aktørkart | Brukerreiser. Links, not tabs: each view has its own address (shareable in the
 * workshop, and the back button works), so this is navigation and says so with aria-current.
 */
export function BoardNav({ boardId }: { boardId: string }) {
  const t = useT()
  const { view } = useBoardView()
  const items = [
    { id: 'actors', href: boardPath(boardId), label: t('board.nav.actors') },
    { id: 'journeys', href: journeysPath(boardId), label: t('board.nav.journeys') },
  ] as const
  return (
    <nav aria-label={t('board.nav.label')} className="board-nav">
      <ul className="board-nav__list">
        {items.map((item) => (
          <li key={item.id}>
            <Link
              href={item.href}
              className="board-nav__link"
              aria-current={view === item.id ? 'page' : undefined}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
