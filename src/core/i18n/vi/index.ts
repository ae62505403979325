import { findings } from './findings';
import { forms } from './forms';
import { jobs } from './jobs';
import { outbox } from './outbox';
import { mail } from './mail';
import { menu } from './menu';
import { privacy } from './privacy';
import { sheet } from './sheet';

/** The Vietnamese catalogue: the product's own language, and the key set of every other. */
export const vi = { jobs, outbox, mail, forms, privacy, menu, sheet, findings };

export type Catalogue = typeof vi;
