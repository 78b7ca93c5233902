/** SHA256SUMS as the checksums exporter writes it, called in process on files made up here. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exportChecksums } from '../../scripts/exporters/checksums.js';
import { datasetNow } from '../helpers/exportedNow.js';

const sha256 = (contents: string | Uint8Array) => createHash('sha256').update(contents).digest('hex');

describe('exportChecksums', () => {
  it('writes one "<hex>  <path>" line per earlier file, text or bytes, sorted bytewise, as sha256sum does', () => {
    const bytes = new Uint8Array([0, 1, 255]);
    const earlier = new Map<string, string | Uint8Array>([
      ['b.txt', 'abc'],
      ['é/x.csv', ''],
      ['B.bin', bytes],
      ['a b', 'two words'],
    ]);
    const [file, ...more] = exportChecksums(datasetNow(), earlier);
    expect(more).toEqual([]);
    expect(file.path).toBe('SHA256SUMS');
    expect(file.contents).toBe(
      [
        `${sha256(bytes)}  B.bin\n`,
        `${sha256('two words')}  a b\n`,
        'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  b.txt\n',
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  é/x.csv\n',
      ].join(''),
    );
  });

  it('writes an empty file when nothing came before', () => {
    expect(exportChecksums(datasetNow(), new Map())).toEqual([{ path: 'SHA256SUMS', contents: '' }]);
  });

  it.each(['a\\b', 'a\nb', 'a\rb'])('refuses a path that sha256sum would have to escape: %j', (path) => {
    expect(() => exportChecksums(datasetNow(), new Map([[path, 'x']]))).toThrow(
      `cannot list ${JSON.stringify(path)} in SHA256SUMS`,
    );
  });
});
