import type { Catalogue } from '../vi';
import { findings } from './findings';
import { forms } from './forms';
import { jobs } from './jobs';
import { mail } from './mail';
import { menu } from './menu';
import { sheet } from './sheet';

export const en: Catalogue = { jobs, mail, forms, menu, sheet, findings };
