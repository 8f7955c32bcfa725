import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Part of `npm run lint`: the server's rooms (server/src/modules/<room>/) may depend on one another
 * only one way. ESLint's import-x/no-cycle sees cycles between files; this sees them between rooms
 * (a/x.ts → b/y.ts and b/z.ts → a/w.ts is no file cycle, but two rooms that need each other).
 * Prints the graph and exits 1 on a cycle.
 */
const modules = fileURLToPath(new URL('../server/src/modules/', import.meta.url));
const rooms = readdirSync(modules, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/gm;

/** Rooms each room imports from, tests left out (a test may use another room's factory). */
function dependencies(room: string): Set<string> {
  const found = new Set<string>();
  const dir = path.join(modules, room);
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const source = readFileSync(path.join(dir, file), 'utf8');
    for (const [, specifier] of source.matchAll(IMPORT)) {
      const target = path.relative(modules, path.resolve(path.dirname(path.join(dir, file)), specifier!));
      const other = target.split(path.sep)[0];
      if (other && other !== room && rooms.includes(other)) found.add(other);
    }
  }
  return found;
}

const graph = new Map(rooms.map((room) => [room, dependencies(room)]));

/** One cycle through the graph, if there is one (depth-first search with a path stack). */
function findCycle(): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (room: string): string[] | undefined => {
    state.set(room, 'open');
    stack.push(room);
    for (const next of graph.get(room) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(room, 'done');
    return undefined;
  };
  for (const room of rooms) {
    if (state.has(room)) continue;
    const cycle = visit(room);
    if (cycle) return cycle;
  }
  return undefined;
}

const cycle = findCycle();
if (cycle) {
  console.error(`Rooms that depend on each other: ${cycle.join(' → ')}. Move what both need into one room both import.`);
  process.exit(1);
}
console.log(`Rooms depend one way (${rooms.length} rooms): ${[...graph].map(([room, deps]) => `${room} → ${[...deps].sort().join(', ') || '∅'}`).join('; ')}`);
