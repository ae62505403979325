// The layers, checked on every `npm run lint`: core at the bottom, the ports above it, the use
// cases above those, and the two runtimes (Apps Script, Node) on top, side by side and blind to
// each other. Rules are written by folder so that a file moved into a subfolder keeps them.

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'core-is-the-bottom',
      comment:
        'src/core is pure and depends on nothing above it. A type that core needs from ports.ts ' +
        'belongs in core (ports.ts can re-export it).',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: ['^src/(app|gas|local)/', '^src/ports\\.ts$'] },
    },
    {
      name: 'ports-above-core-only',
      comment: 'The ports describe what the use cases need; they know the core types and nothing else.',
      severity: 'error',
      from: { path: '^src/ports\\.ts$' },
      to: { path: '^src/(app|gas|local)/' },
    },
    {
      name: 'app-below-runtimes',
      comment: 'The use cases run on both runtimes, so they reach them only through the ports.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^src/(gas|local)/' },
    },
    {
      name: 'gas-not-local',
      comment: 'The Apps Script bundle must not pull in the Node runtime.',
      severity: 'error',
      from: { path: '^src/gas/' },
      to: { path: '^src/local/' },
    },
    {
      name: 'local-not-gas',
      comment: 'The Node runtime shares code with Apps Script through core and app, not through src/gas.',
      severity: 'error',
      from: { path: '^src/local/' },
      to: { path: '^src/gas/' },
    },
    {
      name: 'no-node-builtins-outside-local',
      comment: 'Only the Node runtime may use Node: Apps Script has none, and core and app must run on both.',
      severity: 'error',
      from: { path: '^src/(core|app|gas)/|^src/ports\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      comment: 'A cycle means two modules are one; move what they share into a lower module.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      comment:
        'Two folders that import each other are one module split in two; the shared part goes ' +
        'into a lower folder.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve would only fail at run time.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type pulled from a layer above is still an arrow pointing up.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
    },
  },
};
