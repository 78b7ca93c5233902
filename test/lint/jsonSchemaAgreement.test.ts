import { describe, expect, it } from 'vitest';
import { jsonSchemaAgreement } from '../../scripts/lint/jsonSchemaAgreement.js';
import { fixtureCollections, problemsOf, type Row, rows } from '../helpers/lintData.js';

const rejectedUri = '(data/url must match format "uri", data/url must be null, data/url must match a schema in anyOf)';

describe('jsonSchemaAgreement', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf(jsonSchemaAgreement, fixtureCollections())).toEqual([]);
  });

  it('refuses a record that zod accepts and the JSON Schema refuses, saying why', () => {
    // zod reads URLs as a browser does; the JSON Schema's "uri" format wants them percent-encoded
    const data = fixtureCollections();
    Object.assign(rows(data, 'sources')[0], { url: 'https://example.org/a{b}' });
    Object.assign(data.report as Row, { url: 'https://例子.测试/' });
    expect(problemsOf(jsonSchemaAgreement, { report: data.report, sources: data.sources })).toEqual([
      '✖ data/report.json report: zod accepts the record but its JSON Schema rejects it (data/url must match format "uri")',
      `✖ data/sources.json xi-jinping-2016-speech: zod accepts the record but its JSON Schema rejects it ${rejectedUri}`,
    ]);
  });

  it('refuses a record that zod refuses and the JSON Schema accepts', () => {
    // a port beyond 65535: the URL parser refuses it, the "uri" format does not check its range
    const data = fixtureCollections();
    Object.assign(rows(data, 'sources')[0], { url: 'http://example.org:99999/' });
    expect(problemsOf(jsonSchemaAgreement, { sources: data.sources })).toEqual([
      '✖ data/sources.json xi-jinping-2016-speech: zod rejects the record but its JSON Schema accepts it',
    ]);
  });

  it('leaves a text not in NFC to zod alone, but not what else zod refuses in the same record', () => {
    const data = fixtureCollections();
    const [source] = rows(data, 'sources');
    // "é" as "e" and a combining accent: the JSON Schema cannot say a text must be in NFC
    Object.assign(source, { title: 'Cafe\u0301' });
    expect(problemsOf(jsonSchemaAgreement, { sources: data.sources })).toEqual([]);
    Object.assign(source, { url: 'http://example.org:99999/' });
    expect(problemsOf(jsonSchemaAgreement, { sources: data.sources })).toEqual([
      `✖ data/sources.json ${source.id}: zod rejects the record but its JSON Schema accepts it`,
    ]);
  });

  it('says nothing when both refuse a record: the schema lint reports it', () => {
    const data = fixtureCollections();
    Object.assign(rows(data, 'sources')[0], { url: 'ftp://x y', kind: 'book' });
    Object.assign(rows(data, 'quotes')[0], { extra: true });
    expect(problemsOf(jsonSchemaAgreement, data)).toEqual([]);
  });
});
