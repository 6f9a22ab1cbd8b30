/**
 * The resolve stage as one step: every story's extraction → merged drafts (`merge.ts`) → the journalist's
 * corrections applied (`corrections.ts`) → stable slugs → linked records (`link.ts`).
 */
import type { StoryExtraction } from '../extract/extract.ts';
import type { Gazetteer } from '../extract/gazetteer.ts';
import type { Warning } from '../types.ts';
import { applyCorrections, type LoadedCorrections } from './corrections.ts';
import { link, type LinkedCorpus } from './link.ts';
import { assignSlugs, mergeExtractions } from './merge.ts';

/** Every story's extraction → one linked record per person, place, programme and figure; corrections that match
 * nothing become warnings. */
export function buildEntities(extractions: StoryExtraction[], gazetteer: Gazetteer, loaded: LoadedCorrections, warnings: Warning[]): LinkedCorpus {
  const drafts = mergeExtractions(extractions, gazetteer);
  applyCorrections(loaded, warnings, drafts);
  assignSlugs(drafts);
  return link(drafts);
}
