/**
 * declarationsOf with a made-up published schema in place of the annotations' one: the zod types no real record
 * uses yet (a literal, an array of a union), a reference to any record, and a type it has no TypeScript for.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod/v3';
import { collectionSchemas, recordId } from '../../schema/index.js';
import { declarationsOf } from '../../scripts/exporters/typescript/declarations.js';
import { datasetNow } from '../helpers/exportedNow.js';

const real = collectionSchemas.annotations;
afterEach(() => {
  collectionSchemas.annotations = real;
});

/** The Annotation interface declarationsOf gives with this published schema. */
function annotationInterface(published: z.AnyZodObject): string {
  collectionSchemas.annotations = { ...real, published };
  const declarations = declarationsOf(datasetNow());
  return /export interface Annotation \{\n([\s\S]*?)\n\}/.exec(declarations)?.[1] ?? '';
}

describe('declarationsOf', () => {
  it('types literals, arrays of unions in parentheses, arrays of objects as they are, and a link to any record', () => {
    const published = z.object({
      target: recordId,
      fixed: z.literal('x'),
      kinds: z.array(z.enum(['a', 'b'])),
      parts: z.array(z.object({ kind: z.enum(['a', 'b']) })),
    });
    expect(annotationInterface(published).split('\n')).toEqual([
      '  /** Id of the record it refers to. */',
      '  readonly target: RecordId;',
      '  readonly fixed: "x";',
      '  readonly kinds: readonly ("a" | "b")[];',
      '  readonly parts: readonly { readonly kind: "a" | "b" }[];',
    ]);
  });

  it('refuses a zod type it has no TypeScript type for, naming the field', () => {
    const published = z.object({ at: z.object({ when: z.date() }) });
    expect(() => annotationInterface(published)).toThrow('annotations at.when: no TypeScript type for ZodDate');
  });

  it("links only its own fields, keeps a link typed by its values, joins an object's fields and escapes a comment's end", () => {
    const published = z.object({
      target: z.enum(['q-1']).describe('Ends */ here.'),
      theme: recordId,
      part: z.object({ kind: z.string(), note: z.string() }),
    });
    expect(annotationInterface(published).split('\n')).toEqual([
      '  /** Ends *\\/ here. */',
      '  readonly target: "q-1";',
      `  /** ${recordId.description} */`,
      '  readonly theme: string;',
      '  readonly part: { readonly kind: string; readonly note: string };',
    ]);
  });
});
