// @ts-check

/**
 * @typedef {import('../pageTypes.js').ExplorerData} ExplorerData
 * @typedef {ExplorerData['downloads'][string]} PageFile
 */

/**
 * The text of a JSON file of records, as the build writes it to dist/: from the records the page holds, indented
 * as dist/json/ is.
 * @param {PageFile} file
 * @param {ExplorerData} data
 */
export function downloadText(file, data) {
  const value =
    'records' in file
      ? data[file.records]
      : {
          ...(file.meta === undefined ? {} : { meta: file.meta }),
          ...Object.fromEntries(file.collections.map((name) => [name, data[name]])),
        };
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Points each download link whose file the page holds at that file made in the page, so that it downloads
 * from the page alone, with no network; the others keep the file's address for this version.
 * @param {ParentNode} list
 * @param {ExplorerData} data
 */
export function makeDownloadsInPage(list, data) {
  for (const link of list.querySelectorAll('a[data-path]')) {
    const file = data.downloads[link.getAttribute('data-path') ?? ''];
    if (file === undefined) continue;
    const blob = new Blob([downloadText(file, data)], { type: file.mediaType });
    link.setAttribute('href', URL.createObjectURL(blob));
  }
}
