import { describe, expect, it } from 'vitest';
import { actorCode } from '../../core/actor.js';
import { createActorCodes } from './actor-codes.js';

describe('actor codes', () => {
  it.each([
    ['IRQ', ['GOV', 'MIL']],
    [null, ['GOV']],
    ['USA', []],
  ])('joins %j and %j as actorCode does', (prefix, roles) => {
    const codes = createActorCodes();
    expect(codes.join(prefix, roles)).toBe(actorCode(prefix, roles));
    expect(codes.join(prefix, roles)).toBe(actorCode(prefix, roles));
  });

  it('tells prefixes of one role list apart', () => {
    const codes = createActorCodes();
    const roles = Object.freeze(['GOV']);
    expect(codes.join('IRN', roles)).toBe('IRNGOV');
    expect(codes.join('IRQ', roles)).toBe('IRQGOV');
  });
});
