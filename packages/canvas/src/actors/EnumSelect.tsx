import { Field, Label, Select, Textfield } from '@digdir/designsystemet-react'
import { useReadOnly } from '../readOnly/ReadOnlyContext'

/** Props of {@link EnumSelect}. */
export interface EnumSelectProps<V extends string> {
  label: string
  value: V
  values: readonly V[]
  /** The translated text of each value. */
  text: (value: V) => string
  onChange: (value: V) => void
}

/** A native select over one of the model's enums; a choice is written at once. */
export function EnumSelect<V extends string>({
  label,
  value,
  values,
  text,
  onChange,
}: EnumSelectProps<V>) {
  // A native select cannot be read-only (its value changes by keyboard), so a viewer gets the
  // chosen value as a read-only text field with the same label.
  const readOnly = useReadOnly()
  if (readOnly) return <Textfield data-size="sm" label={label} value={text(value)} readOnly />
  return (
    <Field data-size="sm">
      <Label>{label}</Label>
      <Select
        value={value}
        // The options are exactly `values`, so the cast only restores the type the DOM drops.
        onChange={(event) => onChange(event.target.value as V)}
      >
        {values.map((option) => (
          <Select.Option key={option} value={option}>
            {text(option)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  )
}
