import { readFileSync } from 'node:fs';

/** A mutant as Stryker's JSON report (mutation-testing-report-schema) holds it. */
export interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  statusReason?: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
  /** Set by the pass of the mutants run at import (statics.ts) on those it ran, to count them as such. */
  atImport?: boolean;
}
export type Report = { files: Record<string, { mutants: Mutant[]; source: string }> };

export const readReport = (path: string): Report => JSON.parse(readFileSync(path, 'utf8'));
export const detected = (m: Mutant) => m.status === 'Killed' || m.status === 'Timeout';
export const alive = (m: Mutant) => m.status === 'Survived' || m.status === 'NoCoverage';
/** Stryker reports a mutant under a `// Stryker disable` comment as ignored, with the comment's reason. */
export const disabled = (m: Mutant) => m.status === 'Ignored' && !isStatic(m);
/** A mutant of code run once, when its module loads: "ignoreStatic" leaves it to a pass of its own (statics.ts). */
export const isStatic = (m: Mutant) =>
  m.atImport === true || (m.status === 'Ignored' && (m.statusReason ?? '').startsWith('Static mutant'));
export const mutantKey = (file: string, m: Mutant) =>
  `${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${m.replacement ?? ''}`;
