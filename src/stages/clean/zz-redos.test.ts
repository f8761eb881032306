import { it } from 'vitest';
import { loadBoilerplateRules } from './index.js';
it('redos', () => {
  const { rules } = loadBoilerplateRules();
  const lines = [
    'By ' + 'Jane '.repeat(80) + 'x',
    'By Jane Smith' + ', A-B'.repeat(60) + ' x',
    'By Jane Smith' + ' - Aa'.repeat(70) + ' x',
    'Share ' + 'facebook twitter '.repeat(23) + 'zz',
    'SUPPORT ' + 'AB '.repeat(120) + 'x',
    '(' + 'photo/'.repeat(60) + 'x',
    'Published on ' + '1 '.repeat(180),
    'Home » ' + '» '.repeat(190) + 'a',
    'Read more' + ' '.repeat(300) + 'x',
    'Subscribe ' + 'to our '.repeat(50) + 'x',
  ];
  for (const line of lines) for (const r of rules) {
    const t0 = performance.now(); r.pattern.test(line); const dt = performance.now() - t0;
    if (dt > 2) console.log(dt.toFixed(1), r.origin, line.slice(0, 30));
  }
});
