/**
 * @samkart/export: turns a board into files (SVG, PDF, JSON, CSV, XLSX, ZIP) and reads data
 * files back, with no DOM, no React and no network, so the browser and the headless command
 * produce the same output.
 */
export {}
