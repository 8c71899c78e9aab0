import { Field, Fieldset, Label, Select } from '@digdir/designsystemet-react'
import {
  type ColumnMapping,
  type ImportField,
  type ImportTarget,
  type ParsedTable,
  importFields,
} from '@samkart/export'
import { useT } from '@samkart/i18n/react'

/** Props of {@link ColumnMappingFields}. */
export interface ColumnMappingFieldsProps {
  target: ImportTarget
  table: ParsedTable
  mapping: ColumnMapping
  onChange: (mapping: ColumnMapping) => void
}

/**
 * «Kolonner»: one select per field the import can fill, listing the file's column headings
 * (or «Ikke importer»). Required fields say so in their label.
 */
export function ColumnMappingFields({
  target,
  table,
  mapping,
  onChange,
}: ColumnMappingFieldsProps) {
  const t = useT()
  const set = (field: ImportField, value: string) => {
    const next = { ...mapping }
    if (value === '') delete next[field]
    else next[field] = Number(value)
    onChange(next)
  }
  return (
    <Fieldset data-size="sm">
      <Fieldset.Legend>{t('import.table.mapping.heading')}</Fieldset.Legend>
      <Fieldset.Description>{t('import.table.mapping.description')}</Fieldset.Description>
      <div className="table-import__mapping">
        {importFields(target).map((spec) => (
          <Field key={spec.field} data-size="sm">
            <Label>
              {spec.required
                ? t('import.table.mapping.required', { field: t(spec.label) })
                : t(spec.label)}
            </Label>
            <Select
              value={mapping[spec.field] === undefined ? '' : String(mapping[spec.field])}
              onChange={(event) => set(spec.field, event.target.value)}
            >
              <Select.Option value="">{t('import.table.mapping.none')}</Select.Option>
              {table.columns.map((column, index) => (
                <Select.Option key={index} value={String(index)}>
                  {column || `#${index + 1}`}
                </Select.Option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
    </Fieldset>
  )
}
