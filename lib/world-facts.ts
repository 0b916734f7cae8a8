import rawFacts from '@/content/facts.json';
import {loadRecord, parseWorldFacts, type WorldFact} from '@/lib/facts';

/**
 * The facts of content/facts.json (laws, fees, policies), parsed once. Kept apart from lib/facts.ts so
 * the content check can load the schemas before any record, and say a record's problems in plain words.
 */
const factsRecord = loadRecord('facts.json', rawFacts);
export const worldFacts: WorldFact[] = parseWorldFacts(factsRecord.data, factsRecord.file, factsRecord.text);

export function getWorldFact(id: string): WorldFact | undefined {
  return worldFacts.find((f) => f.id === id);
}
