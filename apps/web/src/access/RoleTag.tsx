import { Tag } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { Role } from './roles'

/** The role this tab has on the board, shown in the header («Din rolle: Leser»). */
export function RoleTag({ role }: { role: Role }) {
  const t = useT()
  const name = t(`access.role.${role}`)
  return (
    <Tag data-size="sm" data-color={role === 'viewer' ? 'warning' : 'neutral'} className="role-tag">
      <span className="ds-sr-only">{t('access.role.yours', { role: name })}</span>
      <span aria-hidden="true">{name}</span>
    </Tag>
  )
}
