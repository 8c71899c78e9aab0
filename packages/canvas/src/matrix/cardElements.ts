/**
 * The one place that knows how React Flow marks up a node: a focusable wrapper with the class
 * `react-flow__node` and the node id in `data-id`. Keyboard handling and focus management go
 * through here, so a change in React Flow's markup is fixed in one file.
 */

/** The card id if `target` is a card's focusable wrapper, else `null`. */
export function cardIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof HTMLElement) || !target.classList.contains('react-flow__node'))
    return null
  return target.dataset.id ?? null
}

/** The card's focusable wrapper inside `container`, once it is rendered and measured. */
export function findCard(container: HTMLElement, id: string): HTMLElement | null {
  const el = container.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
  // React Flow keeps a node hidden until it has measured it; hidden elements cannot take focus.
  return el && el.style.visibility !== 'hidden' ? el : null
}

/** The relation id if `target` is a relation edge's focusable group, else `null`. */
export function edgeIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element) || !target.classList.contains('react-flow__edge')) return null
  return target.getAttribute('data-id')
}
