import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames, collectionSchemas, references } from '../schema/index.js';
import {
  type Budget,
  bundleBudget,
  bundleOverheadFactor,
  linearGrowthBudgets,
  linearMemoryBudgets,
  type ScaleMemory,
  type ScaleTime,
} from '../scripts/bench/budgets.js';
import { syntheticLints } from '../scripts/bench/measureBuild.js';
import { measureBuildProcess } from '../scripts/bench/measureBuildProcess.js';
import { measureScale } from '../scripts/bench/measureScale.js';
import { type JsonCollections, recordCount, scaleData, writeData } from '../scripts/bench/syntheticData.js';
import { median } from '../scripts/bench/timing.js';
import type { DataCollections } from '../scripts/lib/dataset.js';
import { valuesAt } from '../scripts/lib/records.js';
import { validateData } from '../scripts/validateData.js';
import { root, validFixture } from './helpers/runScript.js';

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
  const rows = (data: JsonCollections, name: string) => data[name as keyof JsonCollections] as Row[];

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

  it('copies no annotation on a record only the report names, which would be refused as naming nothing', () => {
    const [author] = authorsOnly;
    const annotation = {
      id: 'a-author-name',
      target: author,
      field: 'name',
      kind: 'inferred',
      note: 'Printed in capitals.',
    };
    const annotated = { ...original, annotations: [...rows(original, 'annotations'), annotation] } as DataCollections;
    const copies = rows(scaleData(annotated, times), 'annotations').filter((row) =>
      String(row.target).startsWith(author),
    );
    expect(copies.map((row) => row.id)).toEqual(['a-author-name']);
  });

  it('is the data itself at 1×', () => {
    expect(scaleData(original, 1)).toEqual(original);
  });

  it('validates: references resolve, numbers run without gaps, files are canonical', () => {
    const dir = mkdtempSync(join(tmpdir(), 'btv-bench-'));
    try {
      writeData(scaled, join(dir, 'data'));
      const validation = validateData(join(dir, 'data'), syntheticLints);
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

describe('the bench on the real data/', () => {
  // what npm run bench does at each scale, at scales small enough for every test run: a change to data/ or to a lint
  // that the synthetic copies no longer pass fails here, not first in a bench nobody ran
  it.each([1, 2])(
    '%i×: writes the synthetic data and builds it in a process of its own, timed exporter by exporter',
    (scale) => {
      const real = validateData(join(root, 'data'));
      if (!real.ok) throw new Error('data/ does not validate; run npm run validate');
      const dir = mkdtempSync(join(tmpdir(), 'btv-bench-real-'));
      try {
        const { time, memory, exporters, distDir } = measureScale(real.data, scale, dir, 1);
        expect(time.records).toBe(recordCount(scaleData(real.data, scale)));
        expect(time.records).toBeGreaterThan((scale - 1) * recordCount(real.data));
        expect(time.validateMs).toBeGreaterThan(0);
        expect(time.buildMs).toBeGreaterThan(time.validateMs);
        expect(memory.peakRssBytes).toBeGreaterThan(0);
        expect(exporters.map((exporter) => exporter.name)).toContain('exportSqlite');
        const quotes = JSON.parse(readFileSync(join(distDir, 'json/quotes.json'), 'utf8'));
        expect(quotes).toHaveLength(scale * (real.data.quotes as Row[]).length);
        const quotesJson = exporters.find((exporter) => exporter.name === 'exportJson');
        expect(quotesJson?.files).toBe(collectionNames.length + 1);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    // a build of the real data in a child process: a shared machine can take minutes
    240_000,
  );
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

  const megabytes = 1e6;
  const memoriesFor = (bytes: (records: number) => number): ScaleMemory[] =>
    scales.map((scale) => ({ scale, records: realistic * scale, peakRssBytes: bytes(realistic * scale) }));
  // what a build holds before any record: Node, the modules, the compiled schemas
  const fixedMemory = 250 * megabytes;

  it('passes memory that grows linearly with the records, over a large fixed cost', () => {
    const budgets = linearMemoryBudgets(memoriesFor((records) => fixedMemory + 16_000 * records));
    expect(budgets.map((budget) => budget.pass)).toEqual([true, true]);
  });

  it('fails memory per added record that grows with the records, where the fixed cost hides it per record', () => {
    // 16 kB a record at 10×, twice that per record added at 1000×
    const growing = memoriesFor((records) => fixedMemory + 16_000 * records * (1 + records / (realistic * 1000)));
    expect(verdicts(linearMemoryBudgets(growing))).toEqual({
      'peak memory per record grows linearly': true,
      'peak memory per added record grows linearly': false,
    });
  });

  it('fails memory per record that grows with the records when the fixed cost is small', () => {
    const growing = memoriesFor((records) => 16_000 * records * (1 + records / (realistic * 1000)));
    expect(linearMemoryBudgets(growing).map((budget) => budget.pass)).toEqual([false, false]);
  });

  it('compares memory at 1000× with 100× per record, and from 100× to 1000× with 10× to 100× per added record', () => {
    // 100 MB before any record, then 10 kB a record: 20 kB a record at 100×, 11 kB at 1000×
    const memories = [1, 10, 100, 1000].map((scale) => ({
      scale,
      records: 100 * scale,
      peakRssBytes: 100 * megabytes + 10_000 * 100 * scale,
    }));
    const [plain, added] = linearMemoryBudgets(memories).map((budget) => budget.detail);
    expect(plain).toBe('11.0 kB at 1000× vs 20.0 kB at 100× (0.55×, limit 1.5×)');
    expect(added).toBe('10.0 kB from 100× to 1000× vs 10.0 kB from 10× to 100× (1.00×, limit 1.5×)');
  });

  it('reports memory as not measured without a scale below and above 100×', () => {
    const memories = memoriesFor((records) => records);
    for (const some of [memories.filter((memory) => memory.scale !== 1000), memories.slice(2)])
      expect(linearMemoryBudgets(some).map((budget) => budget.pass)).toEqual([null, null]);
  });

  it('takes the median of the runs', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('a build in a process of its own', () => {
  it('reports its peak memory, in kilobytes as Linux counts it, more than this test process holds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'btv-memory-'));
    try {
      const { peakRssBytes } = measureBuildProcess(validFixture, join(dir, 'dist'));
      expect(peakRssBytes % 1024).toBe(0);
      expect(peakRssBytes).toBeGreaterThan(process.memoryUsage().heapUsed);
      expect(existsSync(join(dir, 'dist/json/quotes.json'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a failed build instead of a figure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'btv-memory-'));
    try {
      expect(() => measureBuildProcess(join(dir, 'no-data'), join(dir, 'dist'))).toThrow(/failed in its own process/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
