import { describe, expect, it } from 'vitest';
import { annotationEvidence } from '../../scripts/lint/annotationEvidence.js';
import { type Collections, fixtureCollections, problemsOf, type Row, rows } from '../helpers/lintData.js';

const where = '✖ data/annotations.json a-endnote-1-example';

/** The fixture with its one annotation changed. */
function withAnnotation(change: Row): Collections {
  const data = fixtureCollections();
  Object.assign(rows(data, 'annotations')[0], change);
  return data;
}

const excerpt = (exact: string, prefix: string | null = null, suffix: string | null = null) => ({
  exact,
  prefix,
  suffix,
});

describe('annotationEvidence', () => {
  it('accepts the valid fixture, whose annotation quotes words its endnote prints once', () => {
    expect(rows(fixtureCollections(), 'annotations')[0].evidence).toEqual([excerpt('讲话')]);
    expect(problemsOf(annotationEvidence, fixtureCollections())).toEqual([]);
  });

  it('accepts an excerpt made unique by its prefix or suffix, and one from the line that gives the address', () => {
    const data = withAnnotation({
      kind: 'inferred',
      evidence: [
        excerpt('Xi Jinping', null, ' in 2016'),
        excerpt('Xi Jinping', '[', ']'),
        excerpt('Read the full report: https://example.org/report'),
      ],
    });
    expect(problemsOf(annotationEvidence, data)).toEqual([]);
  });

  it('refuses an excerpt the report does not print, and one whose prefix or suffix it does not print there', () => {
    const data = withAnnotation({
      evidence: [excerpt('money can buy core technologies'), excerpt('讲话'), excerpt('Xi Jinping', 'said ', null)],
    });
    expect(problemsOf(annotationEvidence, data)).toEqual([
      `${where} evidence[0]: the report does not print "money can buy core technologies" (check the words against the report’s text)`,
      `${where} evidence[2]: the report does not print "Xi Jinping" between "said " and "" (check the prefix and suffix against the report’s text)`,
    ]);
  });

  it('refuses an excerpt printed more than once without a prefix or suffix to tell them apart', () => {
    const data = withAnnotation({ evidence: [excerpt('Xi Jinping'), excerpt('1 ')] });
    expect(problemsOf(annotationEvidence, data)).toEqual([
      `${where} evidence[0]: the report prints "Xi Jinping" 2 times; add a prefix or suffix of a few words that makes it unique`,
      `${where} evidence[1]: the report prints "1 " 2 times; add a prefix or suffix of a few words that makes it unique`,
    ]);
  });

  it('refuses an annotation of any kind without evidence, saying what it must quote', () => {
    const kinds = {
      inferred: 'the report’s words the value was inferred from',
      undecided: 'the report’s words that leave the candidates open',
      'name-variant': 'the passages of the report that differ',
    };
    for (const [kind, what] of Object.entries(kinds)) {
      expect(problemsOf(annotationEvidence, withAnnotation({ kind, evidence: [] })), kind).toEqual([
        `${where} evidence: an annotation of kind "${kind}" rests on ${what}; quote them in evidence, each as an excerpt the report prints once`,
      ]);
    }
  });

  it('checks no excerpt while a file the report’s text is made of does not parse, but still wants evidence', () => {
    for (const broken of ['report', 'people', 'takeaways', 'themes', 'quotes', 'endnotes'] as const) {
      const data = withAnnotation({ evidence: [excerpt('nowhere printed')] });
      if (broken === 'report') (data.report as Row).title = 1;
      else rows(data, broken).push({ id: 'broken' });
      expect(problemsOf(annotationEvidence, data), broken).toEqual([]);
    }
    const data = withAnnotation({ evidence: [] });
    (data.report as Row).title = 1;
    expect(problemsOf(annotationEvidence, data)).toHaveLength(1);
  });

  it('says nothing when the annotations’ file could not be read', () => {
    const { annotations: _, ...rest } = withAnnotation({ evidence: [] });
    expect(problemsOf(annotationEvidence, rest)).toEqual([]);
  });
});
