import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type CollectionName, collectionNames, collectionSchemas } from '../../schema/index.js';
import type { DataFile } from './dataFile.js';
import { decodeUtf8 } from './decodeUtf8.js';
import { type JsonLimits, type JsonPath, JsonSyntaxError, lineAndColumn, parseJson } from './parseJson.js';
import type { Problem } from './problem.js';
import { fieldPath, isPlainObject } from './records.js';

export interface LoadedData {
  files: DataFile[];
  problems: Problem[];
  /** Files that could not be read at all, so that no lint reports links into them as broken. */
  unreadable: string[];
}

export interface LoadLimits extends JsonLimits {
  fileBytes: number;
}

/** Far beyond the data (no field nests more than 4 deep; the longest text is under 2,000 characters). */
export const defaultLimits: LoadLimits = { depth: 32, stringLength: 1_000_000, fileBytes: 256 * 1024 * 1024 };

const byteOrderMark = '\ufeff';

/**
 * The record a path inside a parsed file belongs to (its id, else its index, "[0]" for the record of a one-record
 * file, as the lints name it), and the field within it.
 */
function locate(value: unknown, path: JsonPath, single: boolean): { record: string; field: string | null } {
  const record = single ? value : (value as unknown[])[path[0] as number];
  const inRecord = single ? [...path] : path.slice(1);
  // a value deep inside lists is named by the field holding them
  while (typeof inRecord.at(-1) === 'number') inRecord.pop();
  const id = isPlainObject(record) && typeof record.id === 'string' ? record.id : null;
  return { record: id ?? `[${single ? 0 : path[0]}]`, field: fieldPath(inRecord) };
}

type Read = { ok: true; file: DataFile; problems: Problem[] } | { ok: false; problems: Problem[] };

function readDataFile(path: string, collection: CollectionName, file: string, limits: LoadLimits): Read {
  const whole = (message: string): Read => ({ ok: false, problems: [{ file, record: null, field: null, message }] });
  if (!existsSync(path)) return whole('file is missing');
  const size = statSync(path).size;
  if (size > limits.fileBytes)
    return whole(`file is ${size} bytes, more than the ${limits.fileBytes} a data file may have`);
  const decoded = decodeUtf8(readFileSync(path));
  if (!decoded.ok) return whole(decoded.problem);
  const problems: Problem[] = [];
  let text = decoded.text;
  if (text.startsWith(byteOrderMark)) {
    problems.push({
      file,
      record: null,
      field: null,
      message: 'byte order mark at the start of the file (save it as UTF-8 without BOM)',
    });
    text = text.slice(1);
  }
  let parsed: ReturnType<typeof parseJson>;
  try {
    parsed = parseJson(text, limits);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return whole(`invalid JSON at ${lineAndColumn(text, error.offset)}: ${error.message}`);
  }
  const { single } = collectionSchemas[collection];
  if (single ? !isPlainObject(parsed.value) : !Array.isArray(parsed.value)) {
    // named as the schema problems name them: typeof calls an array and null "object"
    const found = Array.isArray(parsed.value) ? 'array' : parsed.value === null ? 'null' : typeof parsed.value;
    return whole(`expected ${single ? 'one JSON object' : 'a JSON array of records'}, found ${found}`);
  }
  const damaged = parsed.notes.map(({ path, message, fix, offset }) => {
    const where = locate(parsed.value, path, single);
    problems.push({ file, ...where, message: `${message} at ${lineAndColumn(text, offset)} (${fix})` });
    return where;
  });
  return { ok: true, problems, file: { collection, file, text, value: parsed.value, damaged } };
}

export function loadData(dataDir: string, limits: LoadLimits = defaultLimits): LoadedData {
  const files: DataFile[] = [];
  const problems: Problem[] = [];
  const unreadable: string[] = [];
  for (const collection of collectionNames) {
    // named by its folder, "data/quotes.json", wherever that folder is
    const file = `${basename(dataDir)}/${collection}.json`;
    const read = readDataFile(join(dataDir, `${collection}.json`), collection, file, limits);
    problems.push(...read.problems);
    if (read.ok) files.push(read.file);
    else unreadable.push(file);
  }
  return { files, problems, unreadable };
}
