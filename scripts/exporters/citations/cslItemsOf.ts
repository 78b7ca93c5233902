import type { Dataset } from '../../lib/dataset.js';
import type { CslItem } from './csl.js';
import { reportToCsl } from './reportToCsl.js';
import { sourceToCsl } from './sourceToCsl.js';

/** The CSL-JSON items of the cited works and of the report, which every citation format is made from. */
export function cslItemsOf(dataset: Dataset): { sources: CslItem[]; report: CslItem[] } {
  const people = new Map(dataset.people.map((person) => [person.id, person]));
  return {
    sources: dataset.sources.map((source) => sourceToCsl(source, people)),
    report: [reportToCsl(dataset.report, people)],
  };
}
