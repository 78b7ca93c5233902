import { xmlText } from './xmlText.js';

/** The document properties that a spreadsheet shows under File › Properties. */
export interface WorkbookProperties {
  creator: string;
  title: string;
  subject: string;
  description: string;
  keywords: string;
  /** W3CDTF, in UTC: the release date at midnight, never the clock. */
  date: string;
}

/** docProps/core.xml: the document properties; the workbook is last modified by its creator, when created. */
export function corePropertiesXml(properties: WorkbookProperties): string {
  const element = (name: string, value: string) => `<${name}>${xmlText(value)}</${name}>`;
  const date = (name: string) => `<${name} xsi:type="dcterms:W3CDTF">${xmlText(properties.date)}</${name}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:creator', properties.creator),
    element('dc:title', properties.title),
    element('dc:subject', properties.subject),
    element('dc:description', properties.description),
    element('cp:keywords', properties.keywords),
    element('cp:lastModifiedBy', properties.creator),
    date('dcterms:created'),
    date('dcterms:modified'),
    '</cp:coreProperties>',
  ].join('');
}
