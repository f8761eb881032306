import { actorCode } from '../../core/actor.js';

/**
 * `actorCode` remembered per role list and prefix: a document codes the same few actors again and
 * again ("USAGOV", "IRNMIL"), and a code joined once need not be joined (and allocated) anew.
 * Role lists are told apart by identity (the dictionary's own frozen lists), and held weakly.
 *
 * @example
 * const codes = createActorCodes();
 * codes.join('IRQ', ['GOV', 'MIL']) // 'IRQGOVMIL', the same string every time
 */
export interface ActorCodes {
  join(prefix: string | null, roles: readonly string[]): string;
}

/** A fresh memo of actor codes (see `ActorCodes`); one per stage. */
export function createActorCodes(): ActorCodes {
  const byRoles = new WeakMap<readonly string[], Map<string | null, string>>();
  return Object.freeze({
    join(prefix: string | null, roles: readonly string[]): string {
      let byPrefix = byRoles.get(roles);
      if (byPrefix === undefined) {
        byPrefix = new Map();
        byRoles.set(roles, byPrefix);
      }
      let code = byPrefix.get(prefix);
      if (code === undefined) {
        code = actorCode(prefix, roles);
        byPrefix.set(prefix, code);
      }
      return code;
    },
  });
}
