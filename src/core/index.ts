/**
 * @module core — Debrief's pure domain: the sign catalogue, the pass estimate and the advice.
 * No I/O, no clock, no randomness: the same input always gives the same output, so the
 * browser, the server and the CLI share this one implementation.
 */
export * from './signs/ids.js';
export * from './signs/catalogue.js';
export * from './dates.js';
export * from './result.js';
export * from './record.js';
export * from './observation.js';
export * from './model/types.js';
export * from './model/estimate.js';
export * from './model/band.js';
export * from './model/personal.js';
export * from './advice/types.js';
export * from './advice/plan.js';
