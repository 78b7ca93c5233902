/** One file of dist/, as every exporter produces it and writeDist writes it. */
export interface OutputFile {
  /** Relative to dist/, with forward slashes. */
  path: string;
  contents: string | Uint8Array;
}
