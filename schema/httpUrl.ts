import { explainedString } from './explainedString.js';

/** Absolute web addresses only: a "javascript:" or relative URL would become a live or broken link in the outputs. */
export const httpUrlPattern =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  /^https?:\/\/[^\s/?#\u0000-\u001F\u007F-\u009F]+([/?#][^\s\u0000-\u001F\u007F-\u009F]*)?$/;

export const httpUrl = explainedString(
  (value) =>
    `${JSON.stringify(value)} is not an absolute http: or https: URL (write the whole address, from http:// or https://)`,
)
  .url()
  .regex(httpUrlPattern);
