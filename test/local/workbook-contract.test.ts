import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from '../../src/local/workbook/workbook';
import { tablesContract } from '../contracts/tables-contract';

tablesContract('exceljs workbook (local)', async () => {
  const tables = Workbook.create();
  const file = join(mkdtempSync(join(tmpdir(), 'lw-contract-')), 'plan.xlsx');
  return {
    tables,
    reopen: async () => {
      await tables.save(file);
      return Workbook.open(file);
    },
  };
});
