import { AdminPage } from './pages/AdminPage'
import { BoardPage } from './pages/BoardPage'
import { NotFoundPage } from './pages/NotFoundPage'
import { StartPage } from './pages/StartPage'
import { useRoute } from './router/navigation'

/** Picks the page for the current URL. */
export function App() {
  const route = useRoute()
  switch (route.page) {
    case 'start':
      return <StartPage />
    case 'admin':
      return <AdminPage />
    case 'board':
      // Keyed, so moving to another board starts a fresh document and connection.
      return <BoardPage key={route.boardId} boardId={route.boardId} />
    case 'not-found':
      return <NotFoundPage />
  }
}
