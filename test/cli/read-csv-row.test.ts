import { describe, expect, test } from 'vitest';
import { planCsvColumns } from '../../src/node/cli/batch/plan-csv-columns.js';
import { readCsvRow } from '../../src/node/cli/batch/read-csv-row.js';
import { fixtureScreener } from '../support/fixture-screener.js';

describe('readCsvRow: the associations column', () => {
  const columns = (header: string[]) => {
    const planned = planCsvColumns(header, fixtureScreener('tiered').ruleset);
    if (!planned.success) throw new Error('the header is planned');
    return planned.data;
  };

  test('reads REF or REF:ROLE separated by ;, each of the kind its prefix names, and leaves an empty cell out', () => {
    const plan = columns(['ref', 'associations']);
    const vehicle = 'veh-00000000000000000000000000000a11';
    const person = 'per-00000000000000000000000000000b22';
    expect(readCsvRow(plan, ['A', `${vehicle}:transport; ${person}`])).toEqual({
      success: true,
      data: expect.objectContaining({ ref: 'A', associations: [{ kind: 'vehicle', ref: vehicle, role: 'transport' }, { kind: 'person', ref: person }] }),
    });
    expect(readCsvRow(plan, ['B', ''])).toEqual({ success: true, data: expect.not.objectContaining({ associations: expect.anything() }) });
  });

  test('passes on an entry whose prefix names no kind without a kind, for the screening\'s checks to report at its path', () => {
    expect(readCsvRow(columns(['associations']), ['xyz-1'])).toEqual({ success: true, data: expect.objectContaining({ associations: [{ ref: 'xyz-1' }] }) });
  });
});
