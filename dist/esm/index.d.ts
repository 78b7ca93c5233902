/** The id of every report in report. */
export type ReportId =
  | "doshi-2021-cyber-great-power";

/** The id of every theme in themes. */
export type ThemeId =
  | "ambition"
  | "indigenization"
  | "security"
  | "standards"
  | "military-civil-fusion";

/** The id of every takeaway in takeaways. */
export type TakeawayId =
  | "takeaway-1"
  | "takeaway-2"
  | "takeaway-3"
  | "takeaway-4"
  | "takeaway-5"
  | "takeaway-6";

/** The id of every quote in quotes. */
export type QuoteId =
  | "q-t2-1"
  | "q-t2-2"
  | "q-t2-3"
  | "q-t3-1"
  | "q-t4-1"
  | "q-t4-2"
  | "q-t4-3"
  | "q-t4-4"
  | "q-t4-5"
  | "q-t4-6"
  | "q-t5-1"
  | "q-t5-2"
  | "q-t6-1"
  | "q-t6-2"
  | "q-12"
  | "q-13"
  | "q-14"
  | "q-15"
  | "q-16"
  | "q-17"
  | "q-18"
  | "q-19"
  | "q-20"
  | "q-21"
  | "q-22"
  | "q-23"
  | "q-24"
  | "q-25"
  | "q-26"
  | "q-27"
  | "q-28"
  | "q-29"
  | "q-30"
  | "q-31"
  | "q-32"
  | "q-33"
  | "q-34"
  | "q-35"
  | "q-36"
  | "q-37"
  | "q-38";

/** The id of every endnote in endnotes. */
export type EndnoteId =
  | "endnote-1"
  | "endnote-2"
  | "endnote-3"
  | "endnote-4"
  | "endnote-5"
  | "endnote-6"
  | "endnote-7"
  | "endnote-8"
  | "endnote-9"
  | "endnote-10"
  | "endnote-11"
  | "endnote-12"
  | "endnote-13"
  | "endnote-14"
  | "endnote-15"
  | "endnote-16"
  | "endnote-17"
  | "endnote-18"
  | "endnote-19"
  | "endnote-20"
  | "endnote-21"
  | "endnote-22"
  | "endnote-23"
  | "endnote-24"
  | "endnote-25"
  | "endnote-26"
  | "endnote-27"
  | "endnote-28"
  | "endnote-29"
  | "endnote-30"
  | "endnote-31"
  | "endnote-32"
  | "endnote-33"
  | "endnote-34"
  | "endnote-35"
  | "endnote-36"
  | "endnote-37"
  | "endnote-38";

/** The id of every source in sources. */
export type SourceId =
  | "xi-jinping-2016-04-25-forum-speech"
  | "xi-jinping-2014-02-27-xinhua"
  | "hua-chunying-2020-07-15-press-conference"
  | "hua-chunying-2020-12-11-press-conference"
  | "gov-cn-2014-02-27"
  | "reuters-2018-05-28"
  | "chen-zhaoxiong-2019-07-09-military-civil-fusion-on-cyberspace"
  | "xi-jinping-2018-04-21-xinhua"
  | "qin-an-2016-network-power-consensus"
  | "guo-zhanheng-2015-09-25-zhejiang-daily"
  | "hong-lei-2014-05-22-press-conference"
  | "chen-zhaoxiong-2019-07-09-xinhua"
  | "chen-zhaoxiong-2017-11-17-peoples-daily"
  | "zhao-lijian-2020-08-18-press-conference"
  | "wang-wenbin-2020-11-04-press-conference"
  | "zhao-lijian-2020-10-19-press-conference"
  | "liu-honglin-2011-12-party-building"
  | "zhao-lijian-2020-09-08-press-conference"
  | "tong-guohua-2018-endogenous-security"
  | "yang-zhen-2010-internet-of-things"
  | "sun-qiang-2016-01-wuzhen-speech"
  | "geng-shuang-2020-03-17-press-conference"
  | "guo-chao-2019-5g-military-application";

/** The id of every person in people. */
export type PersonId =
  | "rush-doshi"
  | "emily-de-la-bruyere"
  | "nathan-picarsic"
  | "john-ferguson"
  | "xi-jinping"
  | "qin-an"
  | "hong-lei"
  | "chen-zhaoxiong"
  | "hua-chunying"
  | "zhao-lijian"
  | "wang-wenbin"
  | "liu-honglin"
  | "sun-qiang"
  | "geng-shuang"
  | "guo-zhanheng"
  | "tong-guohua"
  | "yang-zhen"
  | "guo-chao"
  | "yu-chuanxin"
  | "wang-jingfang";

/** The id of every annotation in annotations. */
export type AnnotationId =
  | "a-report-title-apostrophe"
  | "a-report-title-inferred"
  | "a-report-publisher-inferred"
  | "a-indigenization-heading-apostrophe"
  | "a-security-heading-quoted-words"
  | "a-takeaway-5-downstream-date"
  | "a-takeaway-6-build-on-date"
  | "a-q-t2-1-translation"
  | "a-q-t2-1-voice-inferred"
  | "a-q-t2-1-theme-inferred"
  | "a-q-t2-2-voice-inferred"
  | "a-q-t2-2-theme-inferred"
  | "a-q-t2-3-voice-inferred"
  | "a-q-t2-3-theme-inferred"
  | "a-q-t3-1-translation"
  | "a-q-t3-1-voice-inferred"
  | "a-q-t3-1-theme-inferred"
  | "a-q-t4-1-citation-inferred"
  | "a-q-t4-1-voice-inferred"
  | "a-q-t4-1-theme-inferred"
  | "a-q-t4-1-speakers-inferred"
  | "a-q-t4-2-citation-undecided"
  | "a-q-t4-2-voice-inferred"
  | "a-q-t4-2-theme-inferred"
  | "a-q-t4-2-speakers-inferred"
  | "a-q-t4-3-network-security"
  | "a-q-t4-3-voice-inferred"
  | "a-q-t4-3-theme-inferred"
  | "a-q-t4-4-citation-inferred"
  | "a-q-t4-4-voice-inferred"
  | "a-q-t4-4-theme-inferred"
  | "a-q-t4-5-citation-inferred"
  | "a-q-t4-5-speakers-inferred"
  | "a-q-t4-5-voice-inferred"
  | "a-q-t4-5-theme-inferred"
  | "a-q-t4-6-speakers-inferred"
  | "a-q-t4-6-voice-inferred"
  | "a-q-t4-6-theme-inferred"
  | "a-q-t5-1-translation"
  | "a-q-t5-1-voice-inferred"
  | "a-q-t5-1-theme-inferred"
  | "a-q-t5-2-voice-inferred"
  | "a-q-t5-2-theme-inferred"
  | "a-q-t6-1-voice-inferred"
  | "a-q-t6-1-theme-inferred"
  | "a-q-t6-2-translation"
  | "a-q-t6-2-voice-inferred"
  | "a-q-t6-2-theme-inferred"
  | "a-q-t6-2-speakers-inferred"
  | "a-q-12-cyber-power"
  | "a-q-13-network-power-country"
  | "a-q-13-chen-zhaoxiang"
  | "a-q-13-full-stop"
  | "a-q-14-forum-name"
  | "a-q-15-date"
  | "a-q-15-talk-vs-article"
  | "a-q-17-date"
  | "a-q-19-forum-name"
  | "a-q-19-attribution-inferred"
  | "a-q-20-forum-name"
  | "a-q-20-attribution-inferred"
  | "a-q-21-forum-name"
  | "a-q-21-attribution-inferred"
  | "a-q-22-forum-name"
  | "a-q-22-all-of-the-above"
  | "a-q-25-speech-vs-article"
  | "a-q-26-journal-name"
  | "a-q-27-attribution-inferred"
  | "a-q-29-speakers-inferred"
  | "a-q-30-speakers-inferred"
  | "a-q-31-speakers-inferred"
  | "a-q-32-wuzhen-date"
  | "a-q-33-civilian-integration"
  | "a-q-33-attribution-inferred"
  | "a-q-36-speech-vs-article"
  | "a-q-36-attribution-inferred"
  | "a-q-37-speech-vs-article"
  | "a-q-37-comma-splice"
  | "a-q-38-speakers-inferred"
  | "a-endnote-13-missing-space"
  | "a-endnote-11-both-quoted-phrases"
  | "a-endnote-16-full-repeat"
  | "a-endnote-23-full-repeat"
  | "a-endnote-25-stray-parenthesis"
  | "a-endnote-25-full-repeat"
  | "a-endnote-29-cnki-spacing"
  | "a-endnote-29-full-repeat"
  | "a-endnote-30-cnki-spacing"
  | "a-endnote-31-cnki-spacing"
  | "a-endnote-32-cnki-spacing"
  | "a-endnote-36-cnki-spacing"
  | "a-endnote-36-full-repeat"
  | "a-endnote-26-english-first"
  | "a-xi-jinping-2014-02-27-xinhua-title-suffix"
  | "a-xi-jinping-2014-02-27-xinhua-title-colon"
  | "a-xi-jinping-2014-02-27-xinhua-cyber-great-power"
  | "a-xi-jinping-2014-02-27-xinhua-container"
  | "a-qin-an-2016-network-power-consensus-container"
  | "a-chen-zhaoxiong-2019-07-09-xinhua-same-title"
  | "a-hua-chunying-2020-07-15-press-conference-speech"
  | "a-hua-chunying-2020-12-11-press-conference-speech"
  | "a-hong-lei-2014-05-22-press-conference-speech"
  | "a-hong-lei-2014-05-22-press-conference-title-suffix"
  | "a-hong-lei-2014-05-22-press-conference-title-english-suffix"
  | "a-hong-lei-2014-05-22-press-conference-container-inferred"
  | "a-hong-lei-2014-05-22-press-conference-container-english-inferred"
  | "a-zhao-lijian-2020-08-18-press-conference-speech"
  | "a-wang-wenbin-2020-11-04-press-conference-speech"
  | "a-zhao-lijian-2020-10-19-press-conference-speech"
  | "a-zhao-lijian-2020-09-08-press-conference-speech"
  | "a-geng-shuang-2020-03-17-press-conference-speech"
  | "a-yang-zhen-2010-internet-of-things-cnki-spacing"
  | "a-yang-zhen-2010-internet-of-things-title-colon"
  | "a-guo-chao-2019-5g-military-application-pages-hyphen"
  | "a-hua-chunying-2020-07-15-press-conference-container-inferred"
  | "a-hua-chunying-2020-12-11-press-conference-container-inferred"
  | "a-zhao-lijian-2020-08-18-press-conference-container-inferred"
  | "a-wang-wenbin-2020-11-04-press-conference-container-inferred"
  | "a-zhao-lijian-2020-10-19-press-conference-container-inferred"
  | "a-zhao-lijian-2020-09-08-press-conference-container-inferred"
  | "a-sun-qiang-2016-01-wuzhen-speech-title-english-capital"
  | "a-geng-shuang-2020-03-17-press-conference-container-inferred"
  | "a-rush-doshi-name-inferred"
  | "a-emily-de-la-bruyere-name-inferred"
  | "a-nathan-picarsic-name-inferred"
  | "a-john-ferguson-name-inferred"
  | "a-qin-an-institute";

/** The number of every takeaway in takeaways. */
export type TakeawayNumber =
  | 1
  | 2
  | 3
  | 4
  | 5
  | 6;

/** The number of every endnote in endnotes. */
export type EndnoteNumber =
  | 1
  | 2
  | 3
  | 4
  | 5
  | 6
  | 7
  | 8
  | 9
  | 10
  | 11
  | 12
  | 13
  | 14
  | 15
  | 16
  | 17
  | 18
  | 19
  | 20
  | 21
  | 22
  | 23
  | 24
  | 25
  | 26
  | 27
  | 28
  | 29
  | 30
  | 31
  | 32
  | 33
  | 34
  | 35
  | 36
  | 37
  | 38;

/** The id of any record of the dataset. */
export type RecordId = ReportId | ThemeId | TakeawayId | QuoteId | EndnoteId | SourceId | PersonId | AnnotationId;

/** The report, as in json/report.json. */
export interface Report {
  /** Stable public identifier, unique across the whole dataset. */
  readonly id: ReportId;
  /** Title in title case; the cover prints it in capitals. */
  readonly title: string;
  /** Person ids, in the order printed. */
  readonly authors: readonly PersonId[];
  readonly publisher: string;
  readonly issued: string;
  readonly url: string;
  readonly language: string;
}

/** A record of themes, as in json/themes.json. */
export interface Theme {
  /** Stable public identifier, unique across the whole dataset. */
  readonly id: ThemeId;
  /** Position of the section in the two-voices table. */
  readonly number: number;
  /** Section heading, verbatim. */
  readonly heading: string;
}

/** A record of takeaways, as in json/takeaways.json. */
export interface Takeaway {
  /** Stable public identifier, unique across the whole dataset. */
  readonly id: TakeawayId;
  readonly number: TakeawayNumber;
  /** The paragraph as printed, superscripts removed. */
  readonly text: string;
  /** Numbers of the endnotes it cites. */
  readonly endnotes: readonly EndnoteNumber[];
  /** Id of the theme the takeaway belongs to. */
  readonly theme: ThemeId;
  /** Derived: the report’s URL with a text fragment selecting these words: a browser that supports text fragments scrolls to them and highlights them; others open the page. Checked against the report’s text, not the live page. */
  readonly reportLink: string;
}

/** A record of quotes, as in json/quotes.json. */
export interface Quote {
  /** Stable public identifier, unique across the whole dataset. */
  readonly id: QuoteId;
  /** Verbatim, without enclosing quotation marks; insertions and ellipses kept. */
  readonly text: string;
  /** Whom Beijing addresses: foreign audiences or domestic ones. */
  readonly voice: "external" | "internal";
  /** Id of the theme. */
  readonly theme: ThemeId;
  /** "contrast": a quote of the two-voices table; "takeaway": quoted inside a takeaway. */
  readonly context: "contrast" | "takeaway";
  /** Number of the takeaway quoting it. */
  readonly takeaway: TakeawayNumber | null;
  /** Number of the supporting endnote. */
  readonly endnote: EndnoteNumber | null;
  /** 1-based position of the cited work when the endnote cites several; null when it cites one, or when the report does not say which (undecided: source is null while endnote is not). */
  readonly citation: number | null;
  /** Person ids of the speakers or, failing those, authors. */
  readonly speakers: readonly PersonId[];
  /** The audience label as printed, e.g. "External messaging". */
  readonly audience: string | null;
  /** The attribution line under the quote, verbatim. */
  readonly attribution: string | null;
  /** True when one attribution line covers several quotes. */
  readonly attributionShared: boolean;
  /** Derived: id of the cited work; null when the quote has no endnote, or when its endnote cites several works and the report does not say which: source null while endnote is not means undecided. */
  readonly source: SourceId | null;
  /** Derived: date of the cited work; null when source is. */
  readonly date: string | null;
  /** Derived: bracketed editorial insertions, in order. */
  readonly insertions: readonly string[];
  /** Derived: true when the text contains an ellipsis. */
  readonly elided: boolean;
  /** Derived: the report’s URL with a text fragment selecting these words: a browser that supports text fragments scrolls to them and highlights them; others open the page. Checked against the report’s text, not the live page. */
  readonly reportLink: string;
  /** Derived, for a quote from an English web page with a URL: that URL with a text fragment at the quoted words, from the first of the quote’s own words to the last (insertions and elisions are not on the source’s page); else null. Not checked against the live page. */
  readonly sourceLink: string | null;
}

/** A record of endnotes, as in json/endnotes.json. */
export interface Endnote {
  /** Stable public identifier, unique across the whole dataset. */
  readonly id: EndnoteId;
  readonly number: EndnoteNumber;
  /** Verbatim as a reader sees it, links as plain URLs. */
  readonly text: string;
  /** The works cited, in order; an "Ibid." note’s are the note before’s. */
  readonly citations: readonly { readonly source: SourceId }[];
  /** True for an "Ibid." note, which cites the work of the note before. */
  readonly ibid: boolean;
  /** Derived: the report’s URL with a text fragment selecting these words: a browser that supports text fragments scrolls to them and highlights them; others open the page. Checked against the report’s text, not the live page. */
  readonly reportLink: string;
}

/** A record of sources, as in json/sources.json. */
export interface Source {
  /** Stable public identifier, unique across the whole dataset. */
  readonly id: SourceId;
  /** What kind of work it is: the dataset’s classification, from the work’s title and how the endnotes describe it. */
  readonly kind: "speech" | "press-conference" | "news-article" | "journal-article" | "government-web-page";
  /** Person ids, in the order printed. */
  readonly authors: readonly PersonId[];
  /** Title as printed, in the original language. */
  readonly title: string;
  /** The English title the report gives in brackets. */
  readonly titleEnglish: string | null;
  /** Newspaper, journal or web site, in the original language, where the report prints it. */
  readonly container: string | null;
  /** The English name of the container, as the report gives it or, marked inferred, as the dataset supplies it. */
  readonly containerEnglish: string | null;
  readonly issued: string;
  readonly place: string | null;
  readonly url: string | null;
  readonly issue: string | null;
  readonly pages: string | null;
  /** CNKI classification code as printed. */
  readonly cnki: string | null;
  /** Language of the original: the dataset’s classification, from the script of the printed title. */
  readonly language: string;
}

/** A record of people, as in json/people.json. */
export interface Person {
  /** Stable public identifier, unique across the whole dataset. */
  readonly id: PersonId;
  /** Romanized name. */
  readonly name: string;
  /** Chinese name where the endnotes print it. */
  readonly nameChinese: string | null;
  /** The role the report gives, verbatim. */
  readonly role: string | null;
  /** Other spellings the report uses. */
  readonly nameVariants: readonly string[];
}

/** A record of annotations, as in json/annotations.json. */
export interface Annotation {
  /** Stable public identifier, unique across the whole dataset. */
  readonly id: AnnotationId;
  /** Id of the record the note is about. */
  readonly target: RecordId;
  /** Field of the target concerned, if one. */
  readonly field: string | null;
  readonly kind: "name-variant" | "date-mismatch" | "text-artifact" | "translation-variant" | "description-mismatch" | "inferred" | "undecided";
  /** What differs, and where; for "inferred", the report’s words the value was inferred from; for "undecided", the candidates the report leaves open. */
  readonly note: string;
  /** The passages of the report the note rests on, each verbatim and unique in the report with its prefix and suffix. */
  readonly evidence: readonly { readonly exact: string; readonly prefix: string | null; readonly suffix: string | null; readonly reportLink: string }[];
}

/** The release the package is, as json/all.json's `meta` names it, and how to cite the dataset and the report. */
export interface Meta {
  /** The npm package name. */
  readonly name: "beijing-two-voices";
  /** The version of the package and of the dataset, "4.0.0" in this build. */
  readonly version: string;
  /** The release date, YYYY-MM-DD; null for a build outside a release. */
  readonly released: string | null;
  /** The licence of the dataset (SPDX); the quoted texts remain their authors'. */
  readonly license: string;
  /** The dataset at this release, cited in plain text: cite the version you used. */
  readonly datasetCitation: string;
  /** The report the records come from, cited in plain text. */
  readonly reportCitation: string;
}

/** The report, as in json/report.json. */
export declare const report: Report;

/** Every theme, as in json/themes.json. */
export declare const themes: readonly Theme[];

/** Every takeaway, as in json/takeaways.json. */
export declare const takeaways: readonly Takeaway[];

/** Every quote, as in json/quotes.json. */
export declare const quotes: readonly Quote[];

/** Every endnote, as in json/endnotes.json. */
export declare const endnotes: readonly Endnote[];

/** Every source, as in json/sources.json. */
export declare const sources: readonly Source[];

/** Every person, as in json/people.json. */
export declare const people: readonly Person[];

/** Every annotation, as in json/annotations.json. */
export declare const annotations: readonly Annotation[];

/** The package name, version and release, and how to cite the dataset and the report. */
export declare const meta: Meta;
