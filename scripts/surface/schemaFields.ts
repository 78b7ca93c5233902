import { z } from 'zod/v3';

export interface SchemaField {
  /** Dotted, from the collection down: "endnotes.citations.source". */
  path: string;
  /** The type, as "integer | null", "array<string>", "enum"… */
  kind: string;
  /** For an enum: the allowed values. */
  values?: string[];
}

interface Described {
  kind: string;
  values?: string[];
  /** The fields below it, for an object or an array of objects. */
  shape?: z.ZodRawShape;
}

function describe(schema: z.ZodTypeAny): Described {
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) {
    const inner = describe(schema.unwrap());
    return { ...inner, kind: `${inner.kind} | ${schema instanceof z.ZodNullable ? 'null' : 'undefined'}` };
  }
  if (schema instanceof z.ZodDefault) return describe(schema.removeDefault());
  if (schema instanceof z.ZodEffects) return describe(schema.innerType());
  if (schema instanceof z.ZodString) return { kind: 'string' };
  if (schema instanceof z.ZodNumber) return { kind: schema.isInt ? 'integer' : 'number' };
  if (schema instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (schema instanceof z.ZodEnum) return { kind: 'enum', values: [...schema.options] };
  if (schema instanceof z.ZodLiteral) return { kind: `literal ${JSON.stringify(schema.value)}` };
  if (schema instanceof z.ZodObject) return { kind: 'object', shape: schema.shape };
  if (schema instanceof z.ZodArray) {
    const element = describe(schema.element);
    return { ...element, kind: `array<${element.kind}>` };
  }
  if (schema instanceof z.ZodUnion) {
    return { kind: (schema.options as z.ZodTypeAny[]).map((option) => describe(option).kind).join(' | ') };
  }
  return { kind: String(schema._def.typeName).replace(/^Zod/, '').toLowerCase() };
}

/** Every field of an object schema, nested objects and arrays of objects followed. */
export function schemaFields(schema: z.AnyZodObject, prefix: string): SchemaField[] {
  return Object.entries(schema.shape as z.ZodRawShape).flatMap(([name, fieldSchema]) => {
    const path = `${prefix}.${name}`;
    const { kind, values, shape } = describe(fieldSchema);
    const field: SchemaField = values ? { path, kind, values } : { path, kind };
    return [field, ...(shape ? schemaFields(z.object(shape), path) : [])];
  });
}
