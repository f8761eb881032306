export type QuadClass = 1 | 2 | 3 | 4;

export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'SANCTION' | 'THREATEN' | 'PROTEST' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export interface CameoCode {
  /** Zero-padded code: "04", "042", "0874". Root entries ("04") are included. */
  readonly code: string;
  readonly root: string;
  readonly name: string;
  readonly quadClass: QuadClass;
  readonly goldstein: number;
}

export interface PloverMapping {
  readonly type: PloverType;
  /** PLOVER mode, or '' when the conversion table gives none. */
  readonly mode: string;
}

/** The CAMEO and PLOVER tables as one frozen lookup, loaded from data/ontology/. */
export interface Ontology {
  readonly codes: ReadonlyMap<string, CameoCode>;
  /** The CAMEO entry for `code`; throws on an unknown code. */
  cameo(code: string): CameoCode;
  has(code: string): boolean;
  goldsteinOf(code: string): number;
  quadClassOf(code: string): QuadClass;
  /** PLOVER type and mode, or null for codes PLOVER does not cover (public statements, root 01). */
  ploverOf(code: string): PloverMapping | null;
}
