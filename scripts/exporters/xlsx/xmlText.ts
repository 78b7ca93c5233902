const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text made safe for XML element content and double-quoted attribute values. */
export const xmlText = (text: string) => text.replace(/[&<>"]/g, (char) => entities[char]);
