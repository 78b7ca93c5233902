/** The part of the Frictionless reference library (datapackage-js) the tests use; it ships no types. */
declare module 'datapackage' {
  interface Resource {
    name: string;
    read(options: { relations?: boolean; cast?: boolean; keyed?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
}
