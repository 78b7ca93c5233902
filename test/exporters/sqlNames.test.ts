/** Names and texts written into SQL: quoted so that any name or text is safe. */
import { describe, expect, it } from 'vitest';
import { identifier, literal, tableName, viewName } from '../../scripts/exporters/sqlite/sqlNames.js';

describe('sqlNames', () => {
  it('quotes an identifier, doubling the double quotes inside it', () => {
    expect(identifier('id')).toBe('"id"');
    expect(identifier('a "name"')).toBe('"a ""name"""');
  });

  it('quotes a literal, doubling the single quotes inside it', () => {
    expect(literal('external')).toBe("'external'");
    expect(literal("China's")).toBe("'China''s'");
  });

  it('names tables and views with underscores for hyphens', () => {
    expect(tableName('quote-speakers')).toBe('quote_speakers');
    expect(viewName({ name: 'quote-speakers' } as never)).toBe('quote_speakers_readable');
  });
});
