/** Response shapes the contract does not name yet (see routes/export.ts). */
export interface ImportResult {
  imported: number;
  mode: 'merge' | 'replace';
}
