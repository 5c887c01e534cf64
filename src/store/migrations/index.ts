/**
 * The ordered list of migrations. Each is a Kysely schema-builder module rather than a .sql
 * file, so one file serves both dialects and the build needs no step to copy SQL into dist.
 */
import type { Kysely } from 'kysely';
import { up as init } from './0001-init.js';
import { up as answersAsOutcomes } from './0002-answers-as-outcomes.js';

export interface Migration {
  /** Matches the file's number: 0001-init.ts is version 1. */
  version: number;
  /** The file name without extension. */
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001-init', up: init },
  { version: 2, name: '0002-answers-as-outcomes', up: answersAsOutcomes },
];
