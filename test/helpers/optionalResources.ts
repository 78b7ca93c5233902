import { spawnSync } from 'node:child_process';

/** The first of the interpreters given that can import a Python module, if any. */
export function pythonWith(module: string, interpreters = ['python3', '/usr/bin/python3']): string | undefined {
  return interpreters.find(
    (python) => spawnSync(python, ['-c', `import ${module}`], { encoding: 'utf8' }).status === 0,
  );
}

/** Whether Rscript is here with every R package given. */
export function rWith(packages: string[]): boolean {
  const load = packages.map((name) => `library(${name})`).join('; ');
  return spawnSync('Rscript', ['-e', load], { encoding: 'utf8' }).status === 0;
}
