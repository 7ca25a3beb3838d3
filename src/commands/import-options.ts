/** The options of `prep import`, shared by the JSON import (import.ts) and the Anki import (import-anki.ts). */
export interface ImportOptions {
  dryRun?: boolean;
  format?: string;
  bank?: string;
  append?: boolean;
}
