import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

const coded = createCodeCoder('2010-06-01');

// Issue 3 (sixth session): which event, and which code, a sentence reports. Sentences are the team's own.
describe('code choice', () => {
  it.each([
    // That-clauses and obligations: the act asked for gives the demand its subcode and its target.
    ['reads a demand stated as a that-clause with the subcode of the act demanded', 'Peru demanded that Chile release the fishermen.', 'PER>CHL 1053 asserted'],
    ['reads a nominal demand with a that-clause ("its demand that Chile lift the ban")', 'The fishermen\'s union renewed its demand that Chile lift the fishing ban.', 'CHLLAB>CHL 1051 asserted'],
    ['codes "said Chile must lift the ban" as the demand of that act', 'The foreign minister of Peru said Chile must lift the fishing ban.', 'PERGOV>CHL 1051 asserted'],
    ['keeps the act that must be done as only hypothetical', 'The foreign minister of Peru said Chile must lift the fishing ban.', 'CHL>- 081 hypothetical'],
    ['finds the obliged actor behind the rest of its phrase ("the rebels in Colombia must")', 'Peru said that the government and the rebels in Colombia must end the fighting.', 'PER>COLREB 1056 asserted'],
    ['finds the obliged actor before "and other ..." ("Bolivia and other neighbouring states must")', 'A farmers\' forum concluded on Monday that Bolivia and other neighbouring states must open their markets.', 'BOLAGR>BOL 100 asserted'],
    ['codes a stressed obligation of an actor as a demand', 'The assembly stressed the obligation of Chile to lift the embargo.', 'CHLLEG>CHL 1054 asserted'],
    ['keeps a refusal demanded in a that-clause as only hypothetical', 'Peru demanded that the Bolivian government refuse to recognize Chile.', 'PER>BOLGOV 100 asserted'],
    ['codes urging others to back a third party as rallying support for it', 'Venezuela urged the European Union to support the Bolivian government.', 'VEN>BOLGOV 053 asserted'],
    ['keeps urging others to back one\'s own bid as an appeal for support', 'Peru urged Chile to back its candidacy.', 'PER>CHL 022 asserted'],
    ['keeps a call to recognize a party as an appeal', 'Peru called on Chile to recognize Bolivia.', 'PER>CHL 022 asserted'],
    // Force that is only readied is a show of force.
    ['codes troops preparing to resume shelling as a show of force', 'Chilean troops prepared to resume shelling rebel positions.', 'CHLMIL>- 150 asserted'],
    ['codes soldiers preparing to attack as a show of force', 'Bolivian soldiers are preparing to attack the rebel camp.', 'BOLMIL>- 150 asserted'],
    // Pattern matching.
    ['does not read "agreed on Monday" as "agree on" (057)', 'Peru and Chile agreed on Monday that their navies should cooperate.', 'PER>CHL 030 asserted'],
    ['still reads "agreed on a quota" as an agreement (057)', 'Peru and Chile agreed on a fishing quota.', 'PER>CHL 057 asserted'],
    ['steps over a measure phrase ("40,000 tons of emergency food aid")', 'Argentina will send nearly 40,000 tons of emergency food aid to Bolivia.', 'ARG>BOL 033 asserted'],
    ['reads a bare plural verb after a compound subject ("Brazil and Peru call on")', 'Brazil and Peru call on Chile to lift the fishing ban.', 'BRA>CHL 0251 asserted'],
    ['reads past the phrase of a target actor ("the OAS observer mission in Bolivia to")', 'The bishops called on the OAS observer mission in Bolivia to mediate between the parties.', 'BOLREL>IGOOAS 028 asserted'],
    ['reads "is opposed to" as active: the subject opposes', 'Chile is opposed to Peruvian mediation.', 'CHL>PER 126 asserted'],
    ['does not read a verb after a time word as a participle ("on Tuesday shortened")', 'The Bolivian president on Tuesday shortened by two hours the curfew in La Paz.', 'BOLGOV>- 0813 asserted'],
    // Broader patterns.
    ['codes defending an actor against criticism as verbal support, not protection', 'Peru defended Bolivia against criticism from the European Union.', 'PER>BOL 052 asserted'],
    ['codes police preventing a rally as a restriction of political freedom', 'Peruvian police prevented a rally by students in Lima.', 'PERCOP>PEREDU 1721 asserted'],
    ['codes opposing a deployment as a rejection, not disapproval', 'The Bolivian rebels opposed the deployment of a multinational peacekeeping force.', 'BOLREB>IGOMIL 120 asserted'],
    ['steps over a topic phrase between a pattern\'s words ("held talks on fishing rights with")', 'Peru held talks on fishing rights with Chile.', 'PER>CHL 040 asserted'],
    ['finds the object of a passive before the verb ("sanctions against Iran were lifted")', 'UN sanctions against Iran were lifted in January.', '->IRN 085 asserted'],
    ['finds the target of a passive after the verb ("sanctions were imposed on Iran by the EU")', 'New sanctions were imposed on Iran by the European Union.', 'IGOEUREEC>IRN 163 asserted'],
    ['reads "talks between Peru and Chile" as talks each holds with the other', 'Talks between Peru and Chile resumed on Monday.', 'PER>CHL 040 asserted'],
    ['codes a reimposed blockade as a blockade', 'Chile on Friday reimposed a blockade on the port.', 'CHL>- 191 asserted'],
    ['codes rebels blocking traffic as obstructing passage', 'Peruvian rebels blocked traffic into Lima.', 'PERREB>PER 144 asserted'],
    ['codes reopening a bridge as easing a blockade', 'Bolivia reopened the bridge to Peru.', 'BOL>PER 0872 asserted'],
    ['codes abusing migrants as physical assault', 'Chilean guards abused Peruvian migrants, a rights group said.', 'CHL>PERREF 182 reported'],
    ['codes denying a land allocation as a rejection, not a denial of responsibility', 'The ministry denied land allocation for the new mosque.', '---GOV>---REL 120 asserted'],
    ['codes failing to reach agreement as halted negotiations', 'Peru and Chile failed to reach agreement on the border.', 'PER>- 164 asserted'],
    ['codes reaching a consensus to act as the intent of that act', 'Peru and Bolivia reached a consensus to exchange data about fishing fleets.', 'PER>BOL 0314 asserted'],
    ['codes agreeing that something is so as a shared view', 'Peru and Chile agreed there was an urgent need for a new treaty.', 'PER>CHL 019 asserted'],
    ['keeps agreeing that something will be as a commitment', 'Peru and Chile agreed there would be new talks in May.', 'PER>CHL 030 asserted'],
  ])('%s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it('does not code the refusal a that-clause demands as a refusal made', () => {
    expect(coded('Peru demanded that the Bolivian government refuse to recognize Chile.').some((e) => e.includes(' 12') && e.endsWith('asserted'))).toBe(false);
  });

  it('does not make preparing to negotiate a show of force', () => {
    expect(coded('The rebels prepared to negotiate with the government.').some((e) => e.includes(' 150 '))).toBe(false);
  });
});
