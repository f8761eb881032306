/**
 * What the actor dictionaries in data/actors/ load into. See docs/dictionaries.md for the file
 * formats; `loadActorLexicon` validates them and returns this frozen value.
 */
export type ActorEntryKind =
  /** A country's name or short form: "Iran", "the United States" -> IRN, USA. */
  | 'country'
  /** An adjective or demonym that modifies a noun: "Iranian", "U.S." (as in "U.S. troops") -> country only. */
  | 'adjective'
  /** A plural people noun: "Iranians" -> the country's people (code IRN, no role). */
  | 'people'
  /** A capital standing for its government: "Tehran" -> IRNGOV. */
  | 'capital'
  /** An international or transnational body: "NATO" -> IGOWSTNAT. */
  | 'organization'
  /** A named sub-state or non-state group: "Hamas", "the Quds Force". */
  | 'group'
  /** A role noun: "officials" -> GOV, "troops" -> MIL, "rebels" -> REB. */
  | 'role'
  /** A title that precedes a name: "Prime Minister", "Gen." -> GOV, MIL. */
  | 'title'
  /** A named person, with the office held in the date range. */
  | 'person';

export interface ActorEntry {
  readonly kind: ActorEntryKind;
  /** The words as they appear in text, e.g. "Nuri al-Maliki", "U.S.", "officials". */
  readonly phrase: string;
  /** Full code for country/capital/organization/group/person entries ("IRNGOV"); the role block alone for role/title entries ("GOV"). */
  readonly code: string;
  /** ISO 3166-1 alpha-3 or null (IGOs, role and title words). */
  readonly country: string | null;
  /** Role blocks, e.g. ["GOV"], ["GOV","MIL"]; [] for a bare country. */
  readonly roles: readonly string[];
  /** Canonical name of the entity ("Nuri al-Maliki", "Iran", "United Nations"). */
  readonly name: string | null;
  /** For people and dated codes: the range in which this code holds, inclusive, YYYY-MM-DD or null (open). */
  readonly from: string | null;
  readonly to: string | null;
  /** Where the entry was defined, for error messages: "data/actors/people.tsv:12". */
  readonly origin: string;
}

export interface ActorLexicon {
  readonly entries: readonly ActorEntry[];
}
