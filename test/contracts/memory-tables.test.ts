import { MemoryTables } from '../support/memory-tables';
import { tablesContract } from './tables-contract';

tablesContract('in-memory (test support)', async () => {
  const tables = new MemoryTables();
  return { tables, reopen: async () => tables };
});
