import { Dropdown } from '@digdir/designsystemet-react'
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react'
import { handleMenuKeys } from '../dialogs/menuKeys'

/** One command of a {@link JourneyMenu}. */
export interface JourneyMenuItem {
  key: string
  label: string
  onSelect: () => void
  /** Shown but not offered (a phase that is already first cannot move left). */
  disabled?: boolean
  /** A destructive command, drawn in the danger colour. */
  danger?: boolean
}

/** Props of {@link JourneyMenu}. */
export interface JourneyMenuProps {
  /** The trigger's accessible name, which also names the menu: «Fasevalg for «Før»». */
  label: string
  /** `data-focus` of the trigger, so a caller can put focus back on it after a re-render. */
  focusKey: string
  items: readonly JourneyMenuItem[]
  /** What the trigger shows; it is hidden from assistive technology, which hears `label`. */
  icon: ReactNode
  /** Extra keys on the closed trigger (Alt+arrows move the phase it belongs to). */
  onTriggerKeyDown?: (event: KeyboardEvent<HTMLButtonElement>) => void
  /** Id of a text that says what else the trigger does (its keyboard shortcuts). */
  describedBy?: string
}

/**
 * A menu button (WAI-ARIA APG «menu button»): a named button that opens a list of commands in
 * Designsystemet's dropdown. Opening moves focus to the first command; arrows, Home and End move
 * between commands; Escape closes and returns to the button; Tab closes and moves on. It
 * replaces rows of bare glyph buttons, which a screen reader heard as five unlabelled stops.
 * The dropdown sits in the top layer, so no scroll area or sticky header clips it.
 */
export function JourneyMenu({
  label,
  focusKey,
  items,
  icon,
  onTriggerKeyDown,
  describedBy,
}: JourneyMenuProps) {
  const [open, setOpen] = useState(false)
  const listRef = useRef<HTMLUListElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const menuId = useId()

  useEffect(() => {
    if (!open) return
    const frame = requestAnimationFrame(() => enabledItems(listRef.current)[0]?.focus())
    return () => cancelAnimationFrame(frame)
  }, [open])

  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) triggerRef.current?.focus()
  }

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) =>
    handleMenuKeys(event, enabledItems(listRef.current), close)

  return (
    <Dropdown.TriggerContext>
      <Dropdown.Trigger
        ref={triggerRef}
        variant="tertiary"
        data-size="sm"
        icon
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-describedby={describedBy}
        data-focus={focusKey}
        className="journey-menu__trigger"
        onKeyDown={(event) => {
          if (!open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
            event.preventDefault()
            setOpen(true)
            return
          }
          onTriggerKeyDown?.(event)
        }}
      >
        <span aria-hidden="true">{icon}</span>
      </Dropdown.Trigger>
      <Dropdown
        open={open}
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
        placement="bottom-start"
        data-size="sm"
      >
        <Dropdown.List
          id={menuId}
          role="menu"
          aria-label={label}
          ref={listRef}
          onKeyDown={onListKeyDown}
        >
          {items.map((item) => (
            <Dropdown.Item key={item.key} role="none">
              <Dropdown.Button
                role="menuitem"
                tabIndex={-1}
                disabled={item.disabled}
                data-color={item.danger ? 'danger' : undefined}
                onClick={() => {
                  close(true)
                  item.onSelect()
                }}
              >
                {item.label}
              </Dropdown.Button>
            </Dropdown.Item>
          ))}
        </Dropdown.List>
      </Dropdown>
    </Dropdown.TriggerContext>
  )
}

function enabledItems(list: HTMLUListElement | null): HTMLButtonElement[] {
  return [...(list?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])]
}
