export type { ImportResult } from '../contract/export-bundle.js';
