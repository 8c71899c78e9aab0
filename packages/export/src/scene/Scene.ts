/** One view of a board that can be drawn. */
export type SceneView =
  { kind: 'matrix' } | { kind: 'network' } | { kind: 'journey'; journeyId: string }

/** A colour as `#rrggbb`. */
export type SceneColor = string

/** A rectangle; `key` names what it stands for (`actor:<id>`, `touchpoint:<id>`), if anything. */
export interface SceneRect {
  type: 'rect'
  x: number
  y: number
  width: number
  height: number
  fill?: SceneColor
  stroke?: SceneColor
  strokeWidth?: number
  /** Corner radius. */
  radius?: number
  /** Dash pattern (lengths), for dashed frames. */
  dash?: number[]
  key?: string
  /** What the shape stands for in full (an actor's whole name); SVG shows it on hover. */
  title?: string
}

/** A straight line, optionally dashed, optionally with an arrowhead at its end. */
export interface SceneLine {
  type: 'line'
  x1: number
  y1: number
  x2: number
  y2: number
  stroke: SceneColor
  strokeWidth: number
  dash?: number[]
  linecap?: 'butt' | 'round'
  /** Draw a filled arrowhead of this length at (x2, y2). */
  arrow?: number
  key?: string
}

/** A filled or stroked circle. */
export interface SceneCircle {
  type: 'circle'
  cx: number
  cy: number
  r: number
  fill?: SceneColor
  stroke?: SceneColor
  strokeWidth?: number
}

/** A closed polygon (category half-circles are drawn as polygons, arrowheads too). */
export interface ScenePolygon {
  type: 'polygon'
  points: readonly (readonly [number, number])[]
  fill?: SceneColor
  stroke?: SceneColor
  strokeWidth?: number
}

/** A polyline (the emotion curve). */
export interface ScenePolyline {
  type: 'polyline'
  points: readonly (readonly [number, number])[]
  stroke: SceneColor
  strokeWidth: number
}

/**
 * One line of text, already wrapped and shortened by the scene layer (with Helvetica metrics),
 * so SVG and PDF show the same lines. `y` is the baseline. The text is the user's text as is:
 * each renderer makes it inert (escaped in SVG, a string operand in PDF).
 */
export interface SceneText {
  type: 'text'
  x: number
  y: number
  text: string
  size: number
  bold?: boolean
  fill: SceneColor
  anchor?: 'start' | 'middle' | 'end'
  /** Reads bottom to top (turned a quarter left about x, y), like the matrix's vertical axis. */
  vertical?: boolean
  key?: string
}

/** Anything a scene holds. */
export type SceneItem =
  SceneRect | SceneLine | SceneCircle | ScenePolygon | ScenePolyline | SceneText

/**
 * A drawable view: a page-independent picture in its own units (1 unit = 1 CSS px = 0.75 pt),
 * with its title, date line and legend already laid out among the items.
 */
export interface Scene {
  view: SceneView
  title: string
  width: number
  height: number
  background: SceneColor
  items: SceneItem[]
}
