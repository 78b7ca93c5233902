/**
 * The runs of `npm run mutation`, one per group of folders. The first pass (Stryker's vitest runner) runs each mutant
 * against the tests that reach it in process. The second (the command runner, whose child processes inherit the
 * mutant) runs each mutant the first left alive again, against the tests that reach its file through child processes
 * or at import: those of `processes`'s vitest config. A group without `processes` has no second pass: for the
 * exporters, the first pass already compares every file each exporter writes with the committed dist/, which is all
 * that a build in a child process could show.
 */
export interface Group {
  folders: string[];
  /** Stryker's configuration of the first pass, and the JSON report it writes. */
  config: string;
  report: string;
  /** The command runner's configuration of the second pass, and its report; none where it would add nothing. */
  processes?: string;
  processesReport?: string;
}

export const groups: Record<string, Group> = {
  exporters: {
    folders: ['scripts/exporters'],
    config: 'mutation/stryker.exporters.config.json',
    report: 'reports/mutation/exporters.json',
  },
  'lint-lib': {
    folders: ['scripts/lint', 'scripts/lib'],
    config: 'mutation/stryker.config.json',
    report: 'reports/mutation/mutation.json',
    processes: 'mutation/stryker.processes.config.json',
    processesReport: 'reports/mutation/processes.json',
  },
};
