import { existsSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';

/**
 * Compares `actual` with the golden file at `path` (as Observable Plot's snapshot tests do): a
 * missing golden file is written; on a mismatch, `<path>-changed` is written beside it for review
 * and the comparison fails. Returns true when they match.
 */
export function matchesGoldenFile(path: string, actual: string): boolean {
  const changed = `${path}-changed`;
  if (!existsSync(path)) {
    writeFileSync(path, actual);
    return true;
  }
  const expected = readFileSync(path, 'utf8');
  if (expected === actual) {
    if (existsSync(changed)) unlinkSync(changed);
    return true;
  }
  writeFileSync(changed, actual);
  return false;
}
