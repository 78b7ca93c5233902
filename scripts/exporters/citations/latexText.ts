/**
 * The characters that LaTeX, and so every BibTeX reader, gives a meaning of its own, each with the escape
 * that pandoc, citation-js, biber and Zotero all read back as the character itself.
 */
const escapes: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '#': '\\#',
  '&': '\\&',
  $: '\\$',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
const special = Object.keys(escapes);

/** One private-use character per special character, from U+E000 on. */
const placeholderOf = new Map(special.map((character, index) => [character, String.fromCharCode(0xe000 + index)]));
const escapeOf = new Map(special.map((character, index) => [String.fromCharCode(0xe000 + index), escapes[character]]));
const specialPattern = /[\\{}%#&$_~^]/g;
const placeholderClass = `[${[...escapeOf.keys()].join('')}]`;
const placeholderPattern = new RegExp(placeholderClass, 'g');
const anyPlaceholder = new RegExp(placeholderClass);

/**
 * citation-js 0.8.2 escapes nothing once `asciiOnly` is off (and with it on, deletes every character outside
 * ASCII), while it adds braces of its own to protect capitals. So special characters travel through it as
 * private-use placeholders, which it leaves alone, and become escapes after: `escapePlaceholders`.
 */
export function toPlaceholders(text: string): string {
  if (anyPlaceholder.test(text)) {
    throw new Error(`cannot write BibTeX for a text holding the private-use characters U+E000–U+E009: ${text}`);
  }
  return text.replace(specialPattern, (character) => placeholderOf.get(character) as string);
}

/** The LaTeX escape of each placeholder that `toPlaceholders` put in. */
export function escapePlaceholders(text: string): string {
  return text.replace(placeholderPattern, (placeholder) => escapeOf.get(placeholder) as string);
}
