import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames, collectionSchemas, references } from '../schema/index.js';
import {
  type Budget,
  bundleBudget,
  bundleOverheadFactor,
  linearGrowthBudgets,
  type ScaleTime,
} from '../scripts/bench/budgets.js';
import { recordCount, scaleData, writeData } from '../scripts/bench/syntheticData.js';
import { median } from '../scripts/bench/timing.js';
import type { DataCollections } from '../scripts/lib/dataset.js';
import { valuesAt } from '../scripts/lib/records.js';
import { validateData } from '../scripts/validateData.js';
import { validFixture } from './helpers/runScript.js';

type Row = Record<string, unknown>;

function fixtureData(): DataCollections {
  const validation = validateData(validFixture);
  if (!validation.ok) throw new Error('the valid fixture does not validate');
  return validation.data;
}

const arrayCollections = collectionNames.filter((name) => !collectionSchemas[name].single);
const times = 4;

describe('synthetic data for the bench', () => {
  const original = fixtureData();
  const scaled = scaleData(original, times);
  const rows = (data: DataCollections, name: string) => data[name as keyof DataCollections] as Row[];

  // the report's authors are named by nothing else in the fixture: copies of them would be referred to by nothing
  const authorsOnly = (original.report as Row).authors as string[];

  it('holds N times the records of every array collection and the one report, its authors once', () => {
    for (const name of arrayCollections) {
      const once = name === 'people' ? authorsOnly.length : 0;
      expect(rows(scaled, name), name).toHaveLength(times * (rows(original, name).length - once) + once);
    }
    expect(scaled.report).toEqual(original.report);
    expect(recordCount(scaled)).toBe(times * (recordCount(original) - 1 - authorsOnly.length) + 1 + authorsOnly.length);
  });

  it('gives every record an id used by no other', () => {
    const ids = collectionNames.flatMap((name) =>
      collectionSchemas[name].single ? [(scaled[name] as Row).id] : rows(scaled, name).map((row) => row.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is the data itself at 1×', () => {
    expect(scaleData(original, 1)).toEqual(original);
  });

  it('validates: references resolve, numbers run without gaps, files are canonical', () => {
    const dir = mkdtempSync(join(tmpdir(), 'btv-bench-'));
    try {
      writeData(scaled, join(dir, 'data'));
      const validation = validateData(join(dir, 'data'));
      expect(validation.ok ? [] : validation.problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('points every reference of a copy into that same copy', () => {
    // copy k's ids end in "-x<k>" (copy 0 keeps the real ids)
    const copyOf = (row: Row) => Number(/-x(\d+)$/.exec(String(row.id))?.[1] ?? 0);
    let checked = 0;
    for (const { from, field, to, key } of references.filter((reference) => reference.from !== 'report')) {
      const targets = (to === '*' ? arrayCollections : [to]).flatMap((name) =>
        rows(scaled, name).map((row) => ({ row, copy: copyOf(row) })),
      );
      rows(scaled, from).forEach((row) => {
        for (const { value } of valuesAt(row, field)) {
          if (value === null || value === (original.report as Row).id) continue;
          const target = targets.find((candidate) => candidate.row[key] === value);
          expect(target?.copy, `${from} ${row.id} ${field}`).toBe(copyOf(row));
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('refuses a scale that is not a positive integer', () => {
    expect(() => scaleData(original, 0)).toThrow();
    expect(() => scaleData(original, 1.5)).toThrow();
  });
});

describe('bench budgets', () => {
  const scales = [1, 10, 100, 1000];
  const realistic = recordCount(fixtureData());
  const timesFor = (ms: (records: number) => number): ScaleTime[] =>
    scales.map((scale) => {
      const records = realistic * scale;
      return { scale, records, runs: 1, validateMs: ms(records), buildMs: ms(records) };
    });

  const verdicts = (budgets: Budget[]) => Object.fromEntries(budgets.map((budget) => [budget.name, budget.pass]));

  it('passes linear growth, even under a large fixed cost', () => {
    const budgets = linearGrowthBudgets(timesFor((records) => 4000 + 0.05 * records));
    expect(budgets).toHaveLength(4);
    expect(budgets.every((budget) => budget.pass)).toBe(true);
  });

  it('fails quadratic growth per added record, where a large fixed cost hides it in plain time per record', () => {
    const quadratic = timesFor((records) => 4000 + 0.05 * records + (0.05 * records ** 2) / (realistic * 100));
    expect(verdicts(linearGrowthBudgets(quadratic))).toEqual({
      'validation time per record grows linearly': true,
      'build time per record grows linearly': true,
      'validation time per added record grows linearly': false,
      'build time per added record grows linearly': false,
    });
  });

  it('fails quadratic growth in plain time per record when the fixed cost is small', () => {
    const quadratic = timesFor((records) => 0.05 * records + (0.05 * records ** 2) / (realistic * 100));
    expect(linearGrowthBudgets(quadratic).every((budget) => budget.pass === false)).toBe(true);
  });

  it('reports linear growth as not measured without the scales it compares', () => {
    const budgets = linearGrowthBudgets(timesFor((records) => records).filter((time) => time.scale <= 10));
    expect(budgets.map((budget) => budget.pass)).toEqual([null, null, null, null]);
    const oneAbove = linearGrowthBudgets(timesFor((records) => records).filter((time) => time.scale !== 100));
    expect(oneAbove.map((budget) => budget.pass)).toEqual([true, true, null, null]);
  });

  it('holds the quotes bundle to its factor over the minified JSON, and skips what was not measured', () => {
    const json = { bytes: 1000 };
    expect(bundleBudget({ bytes: 1000 * bundleOverheadFactor }, json).pass).toBe(true);
    expect(bundleBudget({ bytes: 1000 * bundleOverheadFactor + 1 }, json).pass).toBe(false);
    const missing = bundleBudget({ notMeasured: 'no "." export' }, json);
    expect(missing).toMatchObject({ pass: null, detail: 'no "." export' });
  });

  it('takes the median of the runs', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
