/**
 * A title set inside curly double quotes: the double quotes it holds become single ones, as the report nests
 * them in its own title (“China as a ‘Cyber Great Power’: …”). `after` goes inside the closing quote.
 */
export function quotedTitle(title: string, after = ''): string {
  return `“${title.replace(/“/g, '‘').replace(/”/g, '’')}${after}”`;
}
