import { Field, Label, Select } from '@digdir/designsystemet-react'

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
