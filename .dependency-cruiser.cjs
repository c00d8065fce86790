// The layering of src/, checked by `npm run lint:cycles` (part of `npm run check`): no
// import cycles (type-only imports included), and every import points down a floor or
// stays in its own folder. Floors, from the ground up; folders on one floor are siblings
// and do not import each other.
const FLOORS = [
  ['errors.ts'],
  ['paths.ts', 'common/'],
  ['checkers/', 'sandbox/', 'checktestdata/'],
  ['languages/'],
  ['images/'],
  ['problem/'],
  ['execution/'],
  ['judge/', 'run/'],
  ['verify/', 'grade/'],
  ['stress/', 'generate/', 'queue/'],
  ['server/', 'warm/'],
  ['web/'],
  ['listen/'],
  ['report/'],
  ['cli/'],
];

// A folder missing from FLOORS would be free to import anything: name every one.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- dependency-cruiser reads CommonJS config
const { readdirSync } = require('node:fs');
const unplaced = readdirSync(`${__dirname}/src`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !FLOORS.flat().includes(`${entry.name}/`))
  .map((entry) => `src/${entry.name}/`);
if (unplaced.length > 0) throw new Error(`.dependency-cruiser.cjs: put ${unplaced.join(', ')} on a floor of FLOORS`);

const pathOf = (part) => `^src/${part.replace(/\./g, '\\.')}${part.endsWith('/') ? '' : '$'}`;
const anyOf = (parts) => parts.map(pathOf).join('|');

const layerRules = FLOORS.flatMap((floor, index) => {
  const above = FLOORS.slice(index + 1).flat();
  return floor.map((part) => [part, [...above, ...floor.filter((other) => other !== part)]]).filter(([, forbidden]) => forbidden.length > 0).map(([part, forbidden]) => ({
    name: `${part.replace(/[/.]/g, '-')}-imports-downward`,
    comment: `src/${part} is on floor ${index + 1}: it may import only its own folder and the floors below`,
    severity: 'error',
    from: { path: pathOf(part) },
    to: { path: anyOf(forbidden) },
  }));
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'an import cycle: layers import downward only',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
