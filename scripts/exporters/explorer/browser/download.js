// @ts-check

/**
 * @typedef {import('./records.js').ExplorerData} ExplorerData
 * @typedef {ExplorerData['downloads'][number]['links'][number]} DownloadLink
 */

/**
 * The text of a file, as the build writes it to dist/: a JSON file from the records the page holds, indented
 * as dist/json/ is; any other file embedded.
 * @param {DownloadLink} link
 * @param {ExplorerData} data
 */
export function downloadText(link, data) {
  const { contents } = link;
  if ('text' in contents) return contents.text;
  const value =
    'records' in contents
      ? data[contents.records]
      : Object.fromEntries(contents.collections.map((name) => [name, data[name]]));
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * A URL of the file made in the page, so that the link works from the page alone, with no file beside it.
 * @param {DownloadLink} link
 * @param {ExplorerData} data
 */
export function downloadUrl(link, data) {
  return URL.createObjectURL(new Blob([downloadText(link, data)], { type: link.mediaType }));
}
