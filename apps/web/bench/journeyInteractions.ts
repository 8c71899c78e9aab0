import type { Page } from '@playwright/test'

/**
 * Times one action in the page: from just before it until the frame after it is painted (a
 * `requestAnimationFrame` callback, then a task: style, layout and paint of that frame are done).
 * `act` is page code run synchronously; React commits a discrete event's update within it.
 */
async function timeInPage(page: Page, act: string): Promise<number> {
  return (await page.evaluate(`new Promise((resolve) => {
    const began = performance.now()
    ;(() => { ${act} })()
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - began), 0))
  })`)) as number
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!

/** What a participant does most in an open journey, each timed to the next painted frame. */
export interface InteractionTimes {
  /** Clicking the first touchpoint's title: it is selected and its panel opens. */
  select: number
  /** Focusing the first owner chip: that actor's touchpoints are highlighted. */
  highlight: number
}

/** Median of three of each interaction, with the journey open and nothing selected. */
export async function interactionTimes(page: Page): Promise<InteractionTimes> {
  const select: number[] = []
  const highlight: number[] = []
  for (let i = 0; i < 3; i++) {
    select.push(
      await timeInPage(page, `document.querySelector('.journey-touchpoint__title').click()`),
    )
    // Closing the panel again is the same change backwards: not timed.
    await timeInPage(page, `document.querySelector('.journey-touchpoint__title').click()`)
    highlight.push(await timeInPage(page, `document.querySelector('.journey-chip').focus()`))
    await timeInPage(page, `document.querySelector('.journey-chip').blur()`)
    await page.waitForTimeout(100)
  }
  return { select: median(select), highlight: median(highlight) }
}
