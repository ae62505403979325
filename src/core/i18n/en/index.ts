import type { Catalogue } from '../vi';
import { forms } from './forms';
import { jobs } from './jobs';
import { menu } from './menu';
import { sheet } from './sheet';

export const en: Catalogue = { jobs, forms, menu, sheet };
