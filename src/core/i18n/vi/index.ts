import { jobs } from './jobs';
import { menu } from './menu';

/** The Vietnamese catalogue: the product's own language, and the key set of every other. */
export const vi = { jobs, menu };

export type Catalogue = typeof vi;
