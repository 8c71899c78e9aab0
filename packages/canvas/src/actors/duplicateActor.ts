import { type Actor, type ActorInput, NAME_MAX } from '@samkart/model'

/** How far (in score units) a copy lands from its original, so both cards stay visible. */
export const COPY_OFFSET = 0.04

/**
 * The fields of a copy of `actor`: everything the group has said about it, named «Kopi av …»
 * (cut to the model's name limit), nudged down and right so it does not hide the original, and
 * without the organisation number, which the model requires to be unique on the board.
 */
export function duplicateInput(actor: Actor, copyName: (name: string) => string): ActorInput {
  const { id: _id, ...fields } = actor
  const shift = (value: number, by: number) => {
    const moved = value + by
    // Bounce back inside the matrix instead of piling up on its edge.
    return Math.round((moved < 0 || moved > 1 ? value - by : moved) * 10_000) / 10_000
  }
  return {
    ...fields,
    name: copyName(actor.name).slice(0, NAME_MAX),
    orgNumber: '',
    importance: shift(actor.importance, -COPY_OFFSET),
    substitutability: shift(actor.substitutability, -COPY_OFFSET),
    networkX: actor.networkX + 40,
    networkY: actor.networkY + 40,
  }
}
