import { useT } from '@samkart/i18n/react'
import { type Journey, type Persona, type Touchpoint, touchpointIsFor } from '@samkart/model'
import { useMemo, useState } from 'react'

/** The journey's persona filter: what it offers, what is chosen, and which touchpoints fade. */
export interface PersonaFilterState {
  /** The journey's existing personas, by name. */
  personas: Persona[]
  /** The chosen persona's id, or `''` (also when the chosen one left the journey). */
  value: string
  /** Chooses a persona (`''` = all) and says the result. */
  choose: (personaId: string) => void
  /** The touchpoints not for the chosen persona, and what a screen reader hears on each. */
  notFor: { ids: ReadonlySet<string>; note: string } | undefined
}

/**
 * State of the persona filter of one journey. The choice is view state, kept per view; a persona
 * removed from the journey (or deleted) by someone else simply ends the filter.
 */
export function usePersonaFilter(
  journey: Journey | undefined,
  allPersonas: readonly Persona[],
  touchpoints: readonly Touchpoint[],
  announce: (text: string) => void,
): PersonaFilterState {
  const t = useT()
  const [chosen, setChosen] = useState('')
  const personas = useMemo(
    () => allPersonas.filter((p) => journey?.personas.includes(p.id)),
    [allPersonas, journey?.personas],
  )
  const persona = personas.find((p) => p.id === chosen)
  const ids = useMemo(() => {
    if (!persona) return new Set<string>()
    const exists = new Set(allPersonas.map((p) => p.id))
    return new Set(
      touchpoints
        .filter((tp) => !touchpointIsFor(tp, persona.id, (id) => exists.has(id)))
        .map((tp) => tp.id),
    )
  }, [persona, allPersonas, touchpoints])

  const choose = (personaId: string) => {
    setChosen(personaId)
    const next = personas.find((p) => p.id === personaId)
    if (!next) return announce(t('personas.filter.cleared'))
    const exists = new Set(allPersonas.map((p) => p.id))
    const count = touchpoints.filter(
      (tp) => !touchpointIsFor(tp, next.id, (id) => exists.has(id)),
    ).length
    announce(t('personas.filter.status', { name: next.name, count }))
  }

  return {
    personas,
    value: persona ? persona.id : '',
    choose,
    notFor: persona
      ? { ids, note: t('personas.filter.notFor', { name: persona.name }) }
      : undefined,
  }
}
