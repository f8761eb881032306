/**
 * Words that set an event's modality, loaded from data/patterns/cues.tsv. Single words are
 * lower-cased forms or lemmas; phrases are space-joined ("according to").
 */
export interface ModalityCues {
  readonly negation: ReadonlySet<string>;
  readonly report: ReadonlySet<string>;
  readonly allegation: ReadonlySet<string>;
  readonly future: ReadonlySet<string>;
  readonly hypothetical: ReadonlySet<string>;
}
