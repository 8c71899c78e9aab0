import { describe, expect, it } from 'vitest'
import { registryDisplayName, registryEntryFrom } from './RegistryEntry'

describe('registryDisplayName', () => {
  it('writes the register capitals as people write names', () => {
    expect(registryDisplayName('ARBEIDS- OG VELFERDSDIREKTORATET')).toBe(
      'Arbeids- og velferdsdirektoratet',
    )
    expect(registryDisplayName('OSLO UNIVERSITETSSYKEHUS HF')).toBe('Oslo universitetssykehus HF')
    expect(registryDisplayName('  NAV   FAMILIE-  OG PENSJONSYTELSER ')).toBe(
      'NAV familie- og pensjonsytelser',
    )
    // Mixed case is the user's or the source's choice, kept.
    expect(registryDisplayName('Statped sørøst')).toBe('Statped sørøst')
  })
})

describe('registryEntryFrom', () => {
  const unit = {
    organisasjonsnummer: '986 128 433',
    navn: 'BARNE-, UNGDOMS- OG FAMILIEDIREKTORATET',
    'organisasjonsform.kode': 'ORGL',
    'institusjonellSektorkode.kode': '6100',
    overordnetEnhet: '123',
  }

  it('fills number, name, level and kind from the register', () => {
    expect(registryEntryFrom(unit, true)).toEqual({
      orgNumber: '986128433',
      name: 'Barne-, ungdoms- og familiedirektoratet',
      form: 'ORGL',
      parent: '',
      level: 'stat',
      kind: 'direktorat',
    })
  })

  it('says why a unit is left out', () => {
    expect(registryEntryFrom({ ...unit, organisasjonsnummer: '986128434' }, true)).toBe(
      'invalid_org_number',
    )
    expect(registryEntryFrom({ ...unit, navn: ' ' }, true)).toBe('no_name')
    const company = {
      ...unit,
      'organisasjonsform.kode': 'AS',
      'institusjonellSektorkode.kode': '2100',
    }
    expect(registryEntryFrom(company, true)).toBe('not_public')
    expect(registryEntryFrom(company, false)).toMatchObject({ level: 'privat', kind: 'annet' })
    // A hand-made list without forms is public by the operator's choice.
    expect(
      registryEntryFrom({ organisasjonsnummer: '964965137', navn: 'Flekkefjord kommune' }, true),
    ).toMatchObject({ name: 'Flekkefjord kommune', level: 'annet' })
  })
})
