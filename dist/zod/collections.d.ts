import type { z } from 'zod/v3';
/** Every collection of the dataset, in the order files and exports list them. */
export declare const collectionNames: readonly ["report", "themes", "takeaways", "quotes", "endnotes", "sources", "people", "annotations"];
export type CollectionName = (typeof collectionNames)[number];
interface CollectionSchema {
    /** What one record is called in messages. */
    recordName: string;
    /** A record as stored in data/. */
    record: z.AnyZodObject;
    /** A record as published in dist/: the stored fields plus what the build derives. */
    published: z.AnyZodObject;
    /** report.json holds one object; the others an array. */
    single: boolean;
}
export declare const collectionSchemas: Record<CollectionName, CollectionSchema>;
export interface Reference {
    from: CollectionName;
    /** Dotted path; arrays along the way are followed. */
    field: string;
    /** The collection referred to, or "*" for any record of the dataset. */
    to: CollectionName | '*';
    /** The field of the target that the value names. */
    key: 'id' | 'number';
}
/** Every link between records; checked by validation, exported as foreign keys. */
export declare const references: Reference[];
export {};
