/**
 * Where a value comes from: "printed", as the report prints it (normalised only where the declaration says how);
 * "layout", read off the report's layout: where and how a passage is printed, not its words; "derived", computed
 * from other fields (by the build, or stored and equal to what they give); "classified", the dataset's own
 * classification or naming;
 * "inferred", supplied by the dataset for one record, with an annotation of kind "inferred" on that record and field
 * quoting the report's words it was inferred from.
 */
export const provenanceKinds = ['printed', 'layout', 'derived', 'classified', 'inferred'];
const id = {
    kinds: ['classified'],
    how: 'The dataset’s own identifier; the report prints none.',
};
const reportLink = {
    kinds: ['derived'],
    how: 'Computed from the report’s url and the record’s printed text.',
};
const inferredWhereAnnotated = 'inferred where an annotation of kind "inferred" on the record and field says so';
/** The provenance of every field of every published collection, declared once; the JSON Schemas, datapackage.json and the documentation are generated from it. */
export const fieldProvenance = {
    report: {
        id,
        title: {
            kinds: ['inferred'],
            how: 'The cover’s title, which the report prints only in capitals; the title case is the dataset’s (annotated).',
        },
        authors: { kinds: ['printed'], how: 'The names under the cover title, in the order printed.' },
        publisher: {
            kinds: ['inferred'],
            how: 'The report does not name its publisher; inferred from its printed URL (annotated).',
        },
        issued: { kinds: ['printed'], how: 'The date under the authors, "APRIL 2021", written as ISO 8601 (2021-04).' },
        url: {
            kinds: ['printed'],
            how: 'The address the report prints after "Read the full report:", as where to read it in full. Every reportLink (of the takeaways, quotes, endnotes and annotations’ excerpts) is a text fragment on this address, checked against the report’s text as the records hold it: each assumes that the page there prints these words, with this numbering of takeaways and endnotes.',
        },
        language: { kinds: ['classified'], how: 'The language the report is written in, as a BCP 47 tag.' },
    },
    themes: {
        id,
        number: {
            kinds: ['layout'],
            how: 'The section’s position in the two-voices table, counted in printed order; the report prints no number.',
        },
        heading: { kinds: ['printed'], how: 'The section heading, verbatim, in capitals as printed.' },
    },
    takeaways: {
        id,
        number: { kinds: ['printed'], how: 'The bold number before the paragraph.' },
        text: { kinds: ['printed'], how: 'The paragraph, verbatim, its superscript endnote numbers removed.' },
        endnotes: { kinds: ['printed'], how: 'The superscript numbers in the paragraph, in order.' },
        theme: {
            kinds: ['classified'],
            how: 'The dataset’s classification: the report gives takeaways no theme.',
        },
        reportLink,
    },
    quotes: {
        id,
        text: {
            kinds: ['printed'],
            how: 'Verbatim, without the enclosing quotation marks; insertions in brackets and ellipses as printed.',
        },
        voice: {
            kinds: ['printed', 'inferred'],
            how: 'Printed for a quote of the two-voices table (context "contrast"): its label, "External…" or "Internal…"/"For internal Chinese audiences". Inferred for a quote inside a takeaway (context "takeaway"), where the report labels no voice: an annotation of kind "inferred" on the quote’s voice quotes the words it rests on, the takeaway’s or the label the table gives words of the same work.',
        },
        theme: {
            kinds: ['layout', 'inferred'],
            how: 'Read off the layout for a quote of the two-voices table: the section it stands under. Inferred for a quote inside a takeaway, where the report gives no theme: an annotation of kind "inferred" on the quote’s theme quotes the words it rests on, the takeaway’s or the section the table prints words of the same work under.',
        },
        context: {
            kinds: ['layout'],
            how: 'Where the report prints the quote: in the two-voices table or inside a takeaway.',
        },
        takeaway: {
            kinds: ['layout'],
            how: 'The number of the takeaway whose paragraph the quote stands in; null in the two-voices table.',
        },
        endnote: { kinds: ['printed'], how: 'The superscript number after the quote.' },
        citation: {
            kinds: ['inferred'],
            how: 'Null when the endnote cites one work. When it cites several, the report never prints which one a quote is from: a number is inferred, with an annotation of kind "inferred" quoting the report’s words that decide it; without such words it stays null and an annotation of kind "undecided" names the candidates.',
        },
        speakers: {
            kinds: ['printed', 'inferred'],
            how: `The people whose words the quote is, as the attribution line or the takeaway presents them; a person named only as the subject of the quote, or as the source of a phrase it takes up or interprets, is no speaker (Xi Jinping in the attribution lines of q-29 and q-32, and in takeaway 6 before “who set the standards gain the world”). Where neither names whose words they are, the authors the endnote prints for the cited work; ${inferredWhereAnnotated}.`,
        },
        audience: {
            kinds: ['printed'],
            how: 'The label before the quote, without its colon; null inside a takeaway.',
        },
        attribution: {
            kinds: ['printed', 'inferred'],
            how: 'The line under the quote, verbatim, without a leading "|"; a line printed under several quotes is each one’s (attributionShared). For a quote with no line of its own, the line printed under a later quote is inferred to be its line too, with an annotation of kind "inferred" quoting the words it rests on.',
        },
        attributionShared: {
            kinds: ['layout'],
            how: 'True when the report prints one attribution line under several quotes.',
        },
        source: {
            kinds: ['derived'],
            how: 'The work the endnote cites, at position citation when it cites several; null when undecided.',
        },
        date: { kinds: ['derived'], how: 'The issued date of source.' },
        insertions: { kinds: ['derived'], how: 'The bracketed parts of text.' },
        elided: { kinds: ['derived'], how: 'Whether text holds an ellipsis.' },
        reportLink,
        sourceLink: {
            kinds: ['derived'],
            how: 'Computed from the url and language of source and from text; null when source is.',
        },
    },
    endnotes: {
        id,
        number: { kinds: ['printed'], how: 'The note’s number.' },
        text: {
            kinds: ['printed'],
            how: 'Verbatim as a reader sees it: links as plain URLs, the Markdown escapes of the source text removed.',
        },
        citations: {
            kinds: ['printed', 'derived'],
            how: 'The works the note cites, in printed order, each named by the id of a source record. An "Ibid." note’s are derived: those of the note before.',
        },
        ibid: {
            kinds: ['derived'],
            how: 'Read off text: true where the note’s printed text is "Ibid.", as each such note’s whole text is, false elsewhere.',
        },
        reportLink,
    },
    sources: {
        id,
        kind: {
            kinds: ['classified'],
            how: 'The dataset’s classification, from the work’s title and how the endnotes describe it.',
        },
        authors: {
            kinds: ['printed', 'inferred'],
            how: `The people the endnotes print before the title, in order; ${inferredWhereAnnotated}.`,
        },
        title: { kinds: ['printed', 'inferred'], how: `As the endnotes print it; ${inferredWhereAnnotated}.` },
        titleEnglish: {
            kinds: ['printed', 'inferred'],
            how: `The English title the endnotes give in brackets; ${inferredWhereAnnotated}.`,
        },
        container: {
            kinds: ['printed', 'inferred'],
            how: `The newspaper, journal or web site as the endnotes name it: where they print its name in two languages, one in brackets ("新华 [Xinhua]"), the one in the original language; where they print one name only, that name as printed, in whatever language ("Xinhua", "Reuters"); ${inferredWhereAnnotated}.`,
        },
        containerEnglish: {
            kinds: ['printed', 'inferred'],
            how: `The English name, where the endnotes print the container’s name in two languages, one in brackets ("Xinhua" for "新华 [Xinhua]"); null where they print one name only, even an English one; ${inferredWhereAnnotated}.`,
        },
        issued: {
            kinds: ['printed', 'inferred'],
            how: `The date the endnotes print, written as ISO 8601 at the precision printed; ${inferredWhereAnnotated}.`,
        },
        place: { kinds: ['printed', 'inferred'], how: `As the endnotes print it; ${inferredWhereAnnotated}.` },
        url: {
            kinds: ['printed', 'inferred'],
            how: `The address the endnotes print, without Markdown escapes; ${inferredWhereAnnotated}.`,
        },
        issue: {
            kinds: ['printed', 'inferred'],
            how: `The issue number the endnotes print before the year in parentheses, without the "no." before it where there is one: "1" where note 38 prints "no. 1 (2019)"; ${inferredWhereAnnotated}.`,
        },
        pages: { kinds: ['printed', 'inferred'], how: `As the endnotes print it; ${inferredWhereAnnotated}.` },
        cnki: {
            kinds: ['printed', 'inferred'],
            how: `The code after "CNKI:", as printed; ${inferredWhereAnnotated}.`,
        },
        language: {
            kinds: ['classified'],
            how: 'The dataset’s classification, from the script of the printed title.',
        },
    },
    people: {
        id,
        name: {
            kinds: ['printed', 'inferred'],
            how: `The romanized name as the report prints it; ${inferredWhereAnnotated} (the authors’ names, printed only in capitals).`,
        },
        nameChinese: { kinds: ['printed'], how: 'The Chinese name where the endnotes print it.' },
        role: { kinds: ['printed'], how: 'The role an attribution line gives, verbatim.' },
        nameVariants: { kinds: ['printed'], how: 'Other spellings of the name that the report prints.' },
    },
    annotations: {
        id,
        target: { kinds: ['classified'], how: 'The record the dataset’s note is about.' },
        field: { kinds: ['classified'], how: 'The field of the target the note is about.' },
        kind: { kinds: ['classified'], how: 'The dataset’s classification of the finding.' },
        note: {
            kinds: ['classified'],
            how: 'The dataset’s own words, quoting the report’s; it claims only what the report prints.',
        },
        evidence: {
            kinds: ['printed', 'derived'],
            how: 'Printed: each excerpt’s exact, prefix and suffix are the report’s words, verbatim, chosen by the dataset as what the note rests on, and stand once in the report’s text as the records hold it. Derived: each excerpt’s reportLink, computed from the report’s url and the excerpt.',
        },
    },
};
/** One sentence for a field's description: "Provenance: printed or classified. …". */
export function provenanceSentence(collection, field) {
    const declared = fieldProvenance[collection];
    const provenance = declared[field];
    if (!provenance)
        throw new Error(`${collection}.${field} has no provenance declared in schema/provenance.ts`);
    return `Provenance: ${provenance.kinds.join(' or ')}. ${provenance.how}`;
}
