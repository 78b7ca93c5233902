import { annotationRecord, publishedAnnotation } from './annotation.js';
import { endnoteRecord, publishedEndnote } from './endnote.js';
import { personRecord, publishedPerson } from './person.js';
import { publishedQuote, quoteRecord } from './quote.js';
import { publishedReport, reportRecord } from './report.js';
import { publishedSource, sourceRecord } from './source.js';
import { publishedTakeaway, takeawayRecord } from './takeaway.js';
import { publishedTheme, themeRecord } from './theme.js';
/** Every collection of the dataset, in the order files and exports list them. */
export const collectionNames = [
    'report',
    'themes',
    'takeaways',
    'quotes',
    'endnotes',
    'sources',
    'people',
    'annotations',
];
export const collectionSchemas = {
    report: { recordName: 'report', record: reportRecord, published: publishedReport, single: true },
    themes: { recordName: 'theme', record: themeRecord, published: publishedTheme, single: false },
    takeaways: { recordName: 'takeaway', record: takeawayRecord, published: publishedTakeaway, single: false },
    quotes: { recordName: 'quote', record: quoteRecord, published: publishedQuote, single: false },
    endnotes: { recordName: 'endnote', record: endnoteRecord, published: publishedEndnote, single: false },
    sources: { recordName: 'source', record: sourceRecord, published: publishedSource, single: false },
    people: { recordName: 'person', record: personRecord, published: publishedPerson, single: false },
    annotations: {
        recordName: 'annotation',
        record: annotationRecord,
        published: publishedAnnotation,
        single: false,
    },
};
/** Every link between records; checked by validation, exported as foreign keys. */
export const references = [
    { from: 'report', field: 'authors', to: 'people', key: 'id' },
    { from: 'takeaways', field: 'endnotes', to: 'endnotes', key: 'number' },
    { from: 'takeaways', field: 'theme', to: 'themes', key: 'id' },
    { from: 'quotes', field: 'theme', to: 'themes', key: 'id' },
    { from: 'quotes', field: 'takeaway', to: 'takeaways', key: 'number' },
    { from: 'quotes', field: 'endnote', to: 'endnotes', key: 'number' },
    { from: 'quotes', field: 'speakers', to: 'people', key: 'id' },
    // derived by the build, so checked there rather than in data/
    { from: 'quotes', field: 'source', to: 'sources', key: 'id' },
    { from: 'endnotes', field: 'citations.source', to: 'sources', key: 'id' },
    { from: 'sources', field: 'authors', to: 'people', key: 'id' },
    { from: 'annotations', field: 'target', to: '*', key: 'id' },
];
