import { spawnSync } from 'node:child_process';

/** The version the npm registry gives for a package and range (the latest that matches), or undefined offline. */
export function registryVersion(spec: string): string | undefined {
  const result = spawnSync('npm', ['view', spec, 'version', '--json'], { encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0) return undefined;
  const versions = [JSON.parse(result.stdout)].flat() as string[];
  return versions.at(-1);
}

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
