import type { Catalogue } from '../vi';
import { jobs } from './jobs';
import { menu } from './menu';
import { sheet } from './sheet';

export const en: Catalogue = { jobs, menu, sheet };
