import { createHash } from 'node:crypto';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => entities[char]);

/** JSON for a <script type="application/json"> element: no "<" can close it or open a comment. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The CSP source that allows exactly one inline <script> or <style> with this content. */
export const cspHash = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;

/** Inline code must not end its own element early. */
export function assertInlineable(code: string, element: 'script' | 'style'): string {
  if (new RegExp(`</${element}`, 'i').test(code)) throw new Error(`inline ${element} contains "</${element}"`);
  return code;
}
