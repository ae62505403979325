import type { Catalogue } from '../vi';
import { findings } from './findings';
import { forms } from './forms';
import { jobs } from './jobs';
import { outbox } from './outbox';
import { mail } from './mail';
import { menu } from './menu';
import { privacy } from './privacy';
import { sheet } from './sheet';

export const en: Catalogue = { jobs, outbox, mail, forms, privacy, menu, sheet, findings };
