import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useReadOnly } from '../../readOnly/ReadOnlyContext'
import { PersonaFilter } from './PersonaFilter'
import './personas.css'
import type { PersonaFilterState } from './usePersonaFilter'

/** Props of {@link JourneyPersonaTools}. */
export interface JourneyPersonaToolsProps {
  filter: PersonaFilterState
  onManage: () => void
}

/**
 * The journey toolbar's persona tools: «Personas» (manage the board's personas; editors only)
 * and, once the journey has personas, the «Vis for» filter (everyone, viewers too).
 */
export function JourneyPersonaTools({ filter, onManage }: JourneyPersonaToolsProps) {
  const t = useT()
  const readOnly = useReadOnly()
  return (
    <div className="journey-personas">
      {!readOnly && (
        <Button data-size="sm" variant="secondary" data-focus="personas-open" onClick={onManage}>
          {t('personas.button')}
        </Button>
      )}
      {filter.personas.length > 0 && (
        <PersonaFilter personas={filter.personas} value={filter.value} onChange={filter.choose} />
      )}
    </div>
  )
}
