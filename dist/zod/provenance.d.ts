import type { CollectionName } from './collections.js';
/**
 * Where a value comes from: "printed", as the report prints it (normalised only where the declaration says how);
 * "layout", read off the report's layout: where and how a passage is printed, not its words; "derived", computed
 * from other fields (by the build, or stored and equal to what they give); "classified", the dataset's own
 * classification or naming;
 * "inferred", supplied by the dataset for one record, with an annotation of kind "inferred" on that record and field
 * quoting the report's words it was inferred from.
 */
export declare const provenanceKinds: readonly ["printed", "layout", "derived", "classified", "inferred"];
export type ProvenanceKind = (typeof provenanceKinds)[number];
export interface FieldProvenance {
    /** Every kind a value of the field can have; several when it depends on the record, as `how` says. */
    readonly kinds: readonly ProvenanceKind[];
    /** Where it is printed and how it is normalised, what it is derived from, or which records have which kind. */
    readonly how: string;
}
/** The provenance of every field of every published collection, declared once; the JSON Schemas, datapackage.json and the documentation are generated from it. */
export declare const fieldProvenance: {
    readonly report: {
        readonly id: FieldProvenance;
        readonly title: {
            readonly kinds: readonly ["inferred"];
            readonly how: "The cover’s title, which the report prints only in capitals; the title case is the dataset’s (annotated).";
        };
        readonly authors: {
            readonly kinds: readonly ["printed"];
            readonly how: "The names under the cover title, in the order printed.";
        };
        readonly publisher: {
            readonly kinds: readonly ["inferred"];
            readonly how: "The report does not name its publisher; inferred from its printed URL (annotated).";
        };
        readonly issued: {
            readonly kinds: readonly ["printed"];
            readonly how: "The date under the authors, \"APRIL 2021\", written as ISO 8601 (2021-04).";
        };
        readonly url: {
            readonly kinds: readonly ["printed"];
            readonly how: "The address the report prints after \"Read the full report:\", as where to read it in full. Every reportLink (of the takeaways, quotes, endnotes and annotations’ excerpts) is a text fragment on this address, checked against the report’s text as the records hold it: each assumes that the page there prints these words, with this numbering of takeaways and endnotes.";
        };
        readonly language: {
            readonly kinds: readonly ["classified"];
            readonly how: "The language the report is written in, as a BCP 47 tag.";
        };
    };
    readonly themes: {
        readonly id: FieldProvenance;
        readonly number: {
            readonly kinds: readonly ["layout"];
            readonly how: "The section’s position in the two-voices table, counted in printed order; the report prints no number.";
        };
        readonly heading: {
            readonly kinds: readonly ["printed"];
            readonly how: "The section heading, verbatim, in capitals as printed.";
        };
    };
    readonly takeaways: {
        readonly id: FieldProvenance;
        readonly number: {
            readonly kinds: readonly ["printed"];
            readonly how: "The bold number before the paragraph.";
        };
        readonly text: {
            readonly kinds: readonly ["printed"];
            readonly how: "The paragraph, verbatim, its superscript endnote numbers removed.";
        };
        readonly endnotes: {
            readonly kinds: readonly ["printed"];
            readonly how: "The superscript numbers in the paragraph, in order.";
        };
        readonly theme: {
            readonly kinds: readonly ["classified"];
            readonly how: "The dataset’s classification: the report gives takeaways no theme.";
        };
        readonly reportLink: FieldProvenance;
    };
    readonly quotes: {
        readonly id: FieldProvenance;
        readonly text: {
            readonly kinds: readonly ["printed"];
            readonly how: "Verbatim, without the enclosing quotation marks; insertions in brackets and ellipses as printed.";
        };
        readonly voice: {
            readonly kinds: readonly ["printed", "inferred"];
            readonly how: "Printed for a quote of the two-voices table (context \"contrast\"): its label, \"External…\" or \"Internal…\"/\"For internal Chinese audiences\". Inferred for a quote inside a takeaway (context \"takeaway\"), where the report labels no voice: an annotation of kind \"inferred\" on the quote’s voice quotes the words it rests on, the takeaway’s or the label the table gives words of the same work.";
        };
        readonly theme: {
            readonly kinds: readonly ["layout", "inferred"];
            readonly how: "Read off the layout for a quote of the two-voices table: the section it stands under. Inferred for a quote inside a takeaway, where the report gives no theme: an annotation of kind \"inferred\" on the quote’s theme quotes the words it rests on, the takeaway’s or the section the table prints words of the same work under.";
        };
        readonly context: {
            readonly kinds: readonly ["layout"];
            readonly how: "Where the report prints the quote: in the two-voices table or inside a takeaway.";
        };
        readonly takeaway: {
            readonly kinds: readonly ["layout"];
            readonly how: "The number of the takeaway whose paragraph the quote stands in; null in the two-voices table.";
        };
        readonly endnote: {
            readonly kinds: readonly ["printed"];
            readonly how: "The superscript number after the quote.";
        };
        readonly citation: {
            readonly kinds: readonly ["inferred"];
            readonly how: "Null when the endnote cites one work. When it cites several, the report never prints which one a quote is from: a number is inferred, with an annotation of kind \"inferred\" quoting the report’s words that decide it; without such words it stays null and an annotation of kind \"undecided\" names the candidates.";
        };
        readonly speakers: {
            readonly kinds: readonly ["printed", "inferred"];
            readonly how: "The people whose words the quote is, as the attribution line or the takeaway presents them; a person named only as the subject of the quote, or as the source of a phrase it takes up or interprets, is no speaker (Xi Jinping in the attribution lines of q-29 and q-32, and in takeaway 6 before “who set the standards gain the world”). Where neither names whose words they are, the authors the endnote prints for the cited work; inferred where an annotation of kind \"inferred\" on the record and field says so.";
        };
        readonly audience: {
            readonly kinds: readonly ["printed"];
            readonly how: "The label before the quote, without its colon; null inside a takeaway.";
        };
        readonly attribution: {
            readonly kinds: readonly ["printed", "inferred"];
            readonly how: "The line under the quote, verbatim, without a leading \"|\"; a line printed under several quotes is each one’s (attributionShared). For a quote with no line of its own, the line printed under a later quote is inferred to be its line too, with an annotation of kind \"inferred\" quoting the words it rests on.";
        };
        readonly attributionShared: {
            readonly kinds: readonly ["layout"];
            readonly how: "True when the report prints one attribution line under several quotes.";
        };
        readonly source: {
            readonly kinds: readonly ["derived"];
            readonly how: "The work the endnote cites, at position citation when it cites several; null when undecided.";
        };
        readonly date: {
            readonly kinds: readonly ["derived"];
            readonly how: "The issued date of source.";
        };
        readonly insertions: {
            readonly kinds: readonly ["derived"];
            readonly how: "The bracketed parts of text.";
        };
        readonly elided: {
            readonly kinds: readonly ["derived"];
            readonly how: "Whether text holds an ellipsis.";
        };
        readonly reportLink: FieldProvenance;
        readonly sourceLink: {
            readonly kinds: readonly ["derived"];
            readonly how: "Computed from the url and language of source and from text; null when source is.";
        };
    };
    readonly endnotes: {
        readonly id: FieldProvenance;
        readonly number: {
            readonly kinds: readonly ["printed"];
            readonly how: "The note’s number.";
        };
        readonly text: {
            readonly kinds: readonly ["printed"];
            readonly how: "Verbatim as a reader sees it: links as plain URLs, the Markdown escapes of the source text removed.";
        };
        readonly citations: {
            readonly kinds: readonly ["printed", "derived"];
            readonly how: "The works the note cites, in printed order, each named by the id of a source record. An \"Ibid.\" note’s are derived: those of the note before.";
        };
        readonly ibid: {
            readonly kinds: readonly ["derived"];
            readonly how: "Read off text: true where the note’s printed text is \"Ibid.\", as each such note’s whole text is, false elsewhere.";
        };
        readonly reportLink: FieldProvenance;
    };
    readonly sources: {
        readonly id: FieldProvenance;
        readonly kind: {
            readonly kinds: readonly ["classified"];
            readonly how: "The dataset’s classification, from the work’s title and how the endnotes describe it.";
        };
        readonly authors: {
            readonly kinds: readonly ["printed", "inferred"];
            readonly how: "The people the endnotes print before the title, in order; inferred where an annotation of kind \"inferred\" on the record and field says so.";
        };
        readonly title: {
            readonly kinds: readonly ["printed", "inferred"];
            readonly how: "As the endnotes print it; inferred where an annotation of kind \"inferred\" on the record and field says so.";
        };
        readonly titleEnglish: {
            readonly kinds: readonly ["printed", "inferred"];
            readonly how: "The English title the endnotes give in brackets; inferred where an annotation of kind \"inferred\" on the record and field says so.";
        };
        readonly container: {
            readonly kinds: readonly ["printed", "inferred"];
            readonly how: "The newspaper, journal or web site as the endnotes name it: where they print its name in two languages, one in brackets (\"新华 [Xinhua]\"), the one in the original language; where they print one name only, that name as printed, in whatever language (\"Xinhua\", \"Reuters\"); inferred where an annotation of kind \"inferred\" on the record and field says so.";
        };
        readonly containerEnglish: {
            readonly kinds: readonly ["printed", "inferred"];
            readonly how: "The English name, where the endnotes print the container’s name in two languages, one in brackets (\"Xinhua\" for \"新华 [Xinhua]\"); null where they print one name only, even an English one; inferred where an annotation of kind \"inferred\" on the record and field says so.";
        };
        readonly issued: {
            readonly kinds: readonly ["printed", "inferred"];
            readonly how: "The date the endnotes print, written as ISO 8601 at the precision printed; inferred where an annotation of kind \"inferred\" on the record and field says so.";
        };
        readonly place: {
            readonly kinds: readonly ["printed", "inferred"];
            readonly how: "As the endnotes print it; inferred where an annotation of kind \"inferred\" on the record and field says so.";
        };
        readonly url: {
            readonly kinds: readonly ["printed", "inferred"];
            readonly how: "The address the endnotes print, without Markdown escapes; inferred where an annotation of kind \"inferred\" on the record and field says so.";
        };
        readonly issue: {
            readonly kinds: readonly ["printed", "inferred"];
            readonly how: "The issue number the endnotes print before the year in parentheses, without the \"no.\" before it where there is one: \"1\" where note 38 prints \"no. 1 (2019)\"; inferred where an annotation of kind \"inferred\" on the record and field says so.";
        };
        readonly pages: {
            readonly kinds: readonly ["printed", "inferred"];
            readonly how: "As the endnotes print it; inferred where an annotation of kind \"inferred\" on the record and field says so.";
        };
        readonly cnki: {
            readonly kinds: readonly ["printed", "inferred"];
            readonly how: "The code after \"CNKI:\", as printed; inferred where an annotation of kind \"inferred\" on the record and field says so.";
        };
        readonly language: {
            readonly kinds: readonly ["classified"];
            readonly how: "The dataset’s classification, from the script of the printed title.";
        };
    };
    readonly people: {
        readonly id: FieldProvenance;
        readonly name: {
            readonly kinds: readonly ["printed", "inferred"];
            readonly how: "The romanized name as the report prints it; inferred where an annotation of kind \"inferred\" on the record and field says so (the authors’ names, printed only in capitals).";
        };
        readonly nameChinese: {
            readonly kinds: readonly ["printed"];
            readonly how: "The Chinese name where the endnotes print it.";
        };
        readonly role: {
            readonly kinds: readonly ["printed"];
            readonly how: "The role an attribution line gives, verbatim.";
        };
        readonly nameVariants: {
            readonly kinds: readonly ["printed"];
            readonly how: "Other spellings of the name that the report prints.";
        };
    };
    readonly annotations: {
        readonly id: FieldProvenance;
        readonly target: {
            readonly kinds: readonly ["classified"];
            readonly how: "The record the dataset’s note is about.";
        };
        readonly field: {
            readonly kinds: readonly ["classified"];
            readonly how: "The field of the target the note is about.";
        };
        readonly kind: {
            readonly kinds: readonly ["classified"];
            readonly how: "The dataset’s classification of the finding.";
        };
        readonly note: {
            readonly kinds: readonly ["classified"];
            readonly how: "The dataset’s own words, quoting the report’s; it claims only what the report prints.";
        };
        readonly evidence: {
            readonly kinds: readonly ["printed", "derived"];
            readonly how: "Printed: each excerpt’s exact, prefix and suffix are the report’s words, verbatim, chosen by the dataset as what the note rests on, and stand once in the report’s text as the records hold it. Derived: each excerpt’s reportLink, computed from the report’s url and the excerpt.";
        };
    };
};
/** One sentence for a field's description: "Provenance: printed or classified. …". */
export declare function provenanceSentence(collection: CollectionName, field: string): string;
