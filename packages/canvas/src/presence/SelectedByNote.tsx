import { useT } from '@samkart/i18n/react'
import { useSelectedBy } from './useSelectedBy'

/** «Valgt av Kari, Ola.» for screen readers, inside the control of item `id`; else nothing. */
export function SelectedByNote({ id }: { id: string }) {
  const t = useT()
  const names = useSelectedBy(id)
  if (!names) return null
  return <span className="ds-sr-only"> {t('presence.selectedBy', { names })}</span>
}
