// citation-js 0.8 ships no type declarations; these cover what the exporters and tests use.
declare module '@citation-js/core' {
  export type CslData = Record<string, unknown>;

  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: CslData[];
    format(format: 'bibliography' | 'citation', options?: { template?: string; format?: 'text' | 'html' }): string;
    format(format: 'bibtex' | 'ris', options?: { format?: 'text' }): string;
    format(format: 'bibtex' | 'biblatex', options: { format: 'object' }): BibtexEntry[];
    format(format: 'ris', options: { format: 'object'; spec?: 'new' | 'old' | 'mixed' }): RisRecord[];
  }

  export interface BibtexEntry {
    type: string;
    label: string;
    properties: Record<string, string>;
  }

  /** Tag → value, or values for repeatable tags such as AU. */
  export type RisRecord = Record<string, string | number | (string | number)[]>;

  export const plugins: {
    config: { get(plugin: '@bibtex'): { format: { asciiOnly: boolean; checkLabel: boolean; useIdAsLabel: boolean } } };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
