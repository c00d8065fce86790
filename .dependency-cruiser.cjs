// The layering of src/, checked by `npm run lint:cycles` (part of `npm run check`): no
// import cycles (type-only imports included), and every import points down a floor or
// stays in its own folder. Floors, from the ground up; folders on one floor are siblings
// and do not import each other.
const FLOORS = [
  ['errors.ts', 'paths.ts', 'common/'],
  ['checkers/', 'sandbox/'],
  ['languages/'],
  ['images/'],
  ['problem/'],
  ['execution/'],
  ['judge/', 'run/'],
  ['verify/', 'grade/'],
  ['queue/'],
  ['server/'],
  ['web/'],
  ['listen/'],
  ['report/'],
  ['cli/'],
];

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
