import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const defaultDataDir = fileURLToPath(new URL('../../data', import.meta.url));
export const defaultDistDir = fileURLToPath(new URL('../../dist', import.meta.url));
