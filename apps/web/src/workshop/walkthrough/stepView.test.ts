import { EMPTY_FILTER } from '@samkart/canvas'
import { describe, expect, it } from 'vitest'
import { stepFilter, stepViewport, viewToStep } from './stepView'

describe('step views', () => {
  it('round-trips the aktørkart view with its filter', () => {
    const filter = { ...EMPTY_FILTER, query: 'nav', level: 'stat' as const }
    const step = viewToStep({ view: 'actors:network', x: 10, y: -4, zoom: 1.5 }, filter, '')
    expect(step).toMatchObject({ view: 'network', journeyId: '', filterLevel: 'stat' })
    expect(stepViewport(step!)).toEqual({ view: 'actors:network', x: 10, y: -4, zoom: 1.5 })
    expect(stepFilter(step!)).toEqual(filter)
  })

  it('keeps the journey and the phase in focus', () => {
    const step = viewToStep({ view: 'journey:j1', x: 0, y: 300, zoom: 1 }, EMPTY_FILTER, 'p2')
    expect(step).toMatchObject({ view: 'journeys', journeyId: 'j1', phaseId: 'p2' })
    expect(stepViewport(step!).view).toBe('journey:j1')
  })

  it('has nothing to save without a view', () => {
    expect(viewToStep(null, EMPTY_FILTER, '')).toBeNull()
    expect(viewToStep({ view: 'elsewhere', x: 0, y: 0, zoom: 1 }, EMPTY_FILTER, '')).toBeNull()
  })
})
