import { Dropdown } from '@digdir/designsystemet-react'
import { type Locale, LOCALES } from '@samkart/i18n'
import { useLocale, useT } from '@samkart/i18n/react'
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import { HeaderIcon } from './HeaderIcon'
import { HeaderLabel } from './HeaderLabel'

/**
 * The language menu: bokmål, nynorsk and English, each named in its own language and marked
 * with its `lang`, as Norwegian public sites do. A menu button (WAI-ARIA APG) whose items are
 * `menuitemradio`s, so a screen reader hears which language is chosen. The button's name says
 * what it is for and which language is on («Språk: Norsk bokmål»), and contains its visible text.
 */
export function LanguageSwitch() {
  const t = useT()
  const { locale, setLocale } = useLocale()
  const [open, setOpen] = useState(false)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const menuId = useId()
  const current = t(`language.${locale}`)

  useEffect(() => {
    if (!open) return
    // Focus the chosen language, as a radio group would.
    const frame = requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLElement>('[aria-checked="true"]')?.focus(),
    )
    return () => cancelAnimationFrame(frame)
  }, [open])

  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) triggerRef.current?.focus()
  }

  const choose = (next: Locale) => {
    close(true)
    if (next !== locale) setLocale(next)
  }

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [
      ...(listRef.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? []),
    ]
    const at = items.indexOf(document.activeElement as HTMLElement)
    const go = (index: number) => {
      event.preventDefault()
      items[(index + items.length) % items.length]?.focus()
    }
    switch (event.key) {
      case 'ArrowDown':
        return go(at + 1)
      case 'ArrowUp':
        return go(at - 1)
      case 'Home':
        return go(0)
      case 'End':
        return go(items.length - 1)
      case 'Escape':
        event.preventDefault()
        event.stopPropagation()
        return close(true)
      case 'Tab':
        return close(false)
    }
  }

  return (
    <Dropdown.TriggerContext>
      <Dropdown.Trigger
        ref={triggerRef}
        variant="tertiary"
        data-size="sm"
        aria-label={`${t('language.label')}: ${current}`}
        title={t('language.label')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onKeyDown={(event) => {
          if (!open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
            event.preventDefault()
            setOpen(true)
          }
        }}
      >
        <HeaderIcon name="globe" />
        <HeaderLabel priority="wide">
          <span lang={locale}>{current}</span>
        </HeaderLabel>
      </Dropdown.Trigger>
      <Dropdown
        open={open}
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
        placement="bottom-end"
        data-size="sm"
      >
        <Dropdown.List
          id={menuId}
          role="menu"
          aria-label={t('language.label')}
          ref={listRef}
          onKeyDown={onListKeyDown}
        >
          {LOCALES.map((option) => (
            <Dropdown.Item key={option} role="none">
              <Dropdown.Button
                role="menuitemradio"
                aria-checked={option === locale}
                tabIndex={-1}
                lang={option}
                onClick={() => choose(option)}
              >
                {t(`language.${option}`)}
              </Dropdown.Button>
            </Dropdown.Item>
          ))}
        </Dropdown.List>
      </Dropdown>
    </Dropdown.TriggerContext>
  )
}
