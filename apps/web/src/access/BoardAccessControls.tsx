import type { Role } from './roles'
import { RoleTag } from './RoleTag'
import { ShareButton } from './ShareButton'

/** The board header's access part: the tab's role, and «Del tavla» for facilitators. */
export function BoardAccessControls({
  boardId,
  token,
  role,
}: {
  boardId: string
  token: string | null
  role: Role | null
}) {
  if (!role) return null
  return (
    <>
      <RoleTag role={role} />
      {role === 'facilitator' && <ShareButton boardId={boardId} token={token} />}
    </>
  )
}
