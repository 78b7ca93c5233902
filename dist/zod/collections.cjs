"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.references = exports.collectionSchemas = exports.collectionNames = void 0;
const annotation_js_1 = require("./annotation.cjs");
const endnote_js_1 = require("./endnote.cjs");
const person_js_1 = require("./person.cjs");
const quote_js_1 = require("./quote.cjs");
const report_js_1 = require("./report.cjs");
const source_js_1 = require("./source.cjs");
const takeaway_js_1 = require("./takeaway.cjs");
const theme_js_1 = require("./theme.cjs");
/** Every collection of the dataset, in the order files and exports list them. */
exports.collectionNames = [
    'report',
    'themes',
    'takeaways',
    'quotes',
    'endnotes',
    'sources',
    'people',
    'annotations',
];
exports.collectionSchemas = {
    report: { recordName: 'report', record: report_js_1.reportRecord, published: report_js_1.publishedReport, single: true },
    themes: { recordName: 'theme', record: theme_js_1.themeRecord, published: theme_js_1.publishedTheme, single: false },
    takeaways: { recordName: 'takeaway', record: takeaway_js_1.takeawayRecord, published: takeaway_js_1.publishedTakeaway, single: false },
    quotes: { recordName: 'quote', record: quote_js_1.quoteRecord, published: quote_js_1.publishedQuote, single: false },
    endnotes: { recordName: 'endnote', record: endnote_js_1.endnoteRecord, published: endnote_js_1.publishedEndnote, single: false },
    sources: { recordName: 'source', record: source_js_1.sourceRecord, published: source_js_1.publishedSource, single: false },
    people: { recordName: 'person', record: person_js_1.personRecord, published: person_js_1.publishedPerson, single: false },
    annotations: {
        recordName: 'annotation',
        record: annotation_js_1.annotationRecord,
        published: annotation_js_1.publishedAnnotation,
        single: false,
    },
};
/** Every link between records; checked by validation, exported as foreign keys. */
exports.references = [
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
