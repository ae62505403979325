import type { Language } from '../plan';
import { en } from './en';
import { vi, type Catalogue } from './vi';

/**
 * Every text the product shows a person, in each language it speaks. The Vietnamese catalogue
 * defines the keys; the English one is typed against it, so a text missing in English is a
 * type error, not a Vietnamese sentence in an English sheet. Each area (jobs, the Apps Script
 * menu, the CLI, …) has its own file under vi/ and en/.
 */
export type { Catalogue } from './vi';

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { vi, en };

/** The texts of one language; an unknown value falls back to Vietnamese, the product's own. */
export function catalogue(language: Language | undefined): Catalogue {
  return CATALOGUES[language ?? 'vi'] ?? vi;
}
