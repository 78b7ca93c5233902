/** Where npm's CDNs serve a published version's files: the package's own paths, under its name and version. */
export const cdnBase = 'https://cdn.jsdelivr.net/npm';
