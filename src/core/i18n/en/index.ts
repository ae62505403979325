import type { Catalogue } from '../vi';
import { jobs } from './jobs';
import { menu } from './menu';

export const en: Catalogue = { jobs, menu };
