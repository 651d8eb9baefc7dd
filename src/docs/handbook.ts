/**
 * The handbook, by the path it had before it was split into
 * src/docs/handbook/ (one file per section).
 */
export { type HandbookOptions, handbook } from './handbook/index.js';
