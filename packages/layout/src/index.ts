/**
 * @samkart/layout: where things are drawn on the board, with no framework, no DOM and no I/O,
 * so the canvas and the exports compute the very same layout.
 *
 * ```ts
 * const anchor = scoresToPosition(actor) // the true point of the actor's scores
 * const placed = placeCards(actors.map((a) => ({ id: a.id, anchor: …, region: matrixRegion(a) })))
 * const spot = freeSpot(placed.values(), centreOfView) // where a new actor goes
 * const positions = networkAutoLayout({ ids, relations }) // «Ordne automatisk»
 * ```
 */

// Geometry
export {
  type CardSize,
  type CentredBox,
  type Point,
  type Rect,
  boxToRect,
  boundingBox,
  boxesOverlap,
  clampInto,
  distanceToRect,
  inset,
} from './Rect'
export {
  CARD_COMPACT,
  CARD_FULL,
  CARD_GAP,
  CARD_TYPE,
  DISPLACED_THRESHOLD,
  POSITION_TOLERANCE,
} from './cardSizes'
export {
  MATRIX_HEIGHT,
  MATRIX_SIZE,
  MATRIX_WIDTH,
  type MatrixSize,
  type Scores,
  clampToMatrix,
  matrixCellRect,
  matrixRegion,
  positionToScores,
  scoresToPosition,
} from './matrixGeometry'
export {
  LENS_HIGH,
  type LensQuadrant,
  type LensScores,
  clampToLens,
  currentLensPosition,
  desiredLensPosition,
  lensQuadrant,
  lensQuadrantRect,
  lensRegion,
  lensToPosition,
  positionToLens,
} from './lensGeometry'

// Placement
export {
  COORDINATE_LIMIT,
  DEFAULT_PLACEMENT,
  MAX_REGION_SIDE,
  type PlacedCard,
  type PlacementItem,
  type PlacementOptions,
} from './placementInput'
export { placeCards, slackGap } from './placeCards'
export { placementBound, regionCapacity } from './placementBound'
export { type FreeSpotOptions, freeSpot } from './freeSpot'
export { SpatialGrid } from './SpatialGrid'

// Network view
export {
  NETWORK_SPACING,
  initialNetworkPosition,
  isPlacedInNetwork,
  networkAnchors,
  networkPosition,
  toNetworkCoords,
} from './networkPosition'
export { type NetworkLayoutInput, networkAutoLayout } from './networkAutoLayout'
export { arrangeNetwork } from './arrangeNetwork'
