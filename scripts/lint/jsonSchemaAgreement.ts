import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { collectionSchemas } from '../../schema/index.js';
import { dataJsonSchema } from '../lib/jsonSchemas.js';
import { locatedRecords } from '../lib/locatedRecords.js';
import type { Lint } from './types.js';

// ajv-formats ships CommonJS whose default export NodeNext types as the module object
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;

/** The generated JSON Schema, which editors and other tools use, judges each record as zod does. */
export const jsonSchemaAgreement: Lint = ({ files }) => {
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: kept for schemas to come; with today's one formatted field and keywords, ajv reports the same either way
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return files.flatMap((file) => {
    const { record: zodSchema, single } = collectionSchemas[file.collection];
    const schema = dataJsonSchema(file.collection);
    const validate = ajv.compile(single ? schema : (schema.items as object));
    return locatedRecords(file).flatMap(({ record, label }) => {
      const parsed = zodSchema.safeParse(record);
      const zodAccepts = parsed.success;
      const ajvAccepts = validate(record) as boolean;
      if (zodAccepts === ajvAccepts) return [];
      // refinements JSON Schema cannot express (text in NFC) are zod's alone
      // Stryker disable next-line LogicalOperator: reached only when the two disagree, so !parsed.success and ajvAccepts are one value
      if (!parsed.success && ajvAccepts && parsed.error.issues.every((issue) => issue.code === 'custom')) return [];
      const detail = ajv.errorsText(validate.errors);
      const verdict = `zod ${zodAccepts ? 'accepts' : 'rejects'} the record but its JSON Schema ${ajvAccepts ? 'accepts' : 'rejects'} it`;
      return [
        { file: file.file, record: label, field: null, message: ajvAccepts ? verdict : `${verdict} (${detail})` },
      ];
    });
  });
};
