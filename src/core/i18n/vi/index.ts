import { findings } from './findings';
import { forms } from './forms';
import { cli } from './cli';
import { jobs } from './jobs';
import { calendar } from './calendar';
import { outbox } from './outbox';
import { mail } from './mail';
import { menu } from './menu';
import { privacy } from './privacy';
import { report } from './report';
import { sheet } from './sheet';
import { shell } from './shell';
import { planDocument } from './plan-document';
import { results } from './results';
import { announce } from './announce';
import { google } from './google';
import { dashboard } from './dashboard';
import { serve } from './serve';
import { commendation } from './commendation';

/** The Vietnamese catalogue: the product's own language, and the key set of every other. */
export const vi = {
  cli,
  jobs,
  calendar,
  outbox,
  mail,
  forms,
  privacy,
  menu,
  sheet,
  findings,
  report,
  shell,
  planDocument,
  results,
  announce,
  google,
  dashboard,
  serve,
  commendation,
};

export type Catalogue = typeof vi;
