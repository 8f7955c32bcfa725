// Lint for the whole repository (ESLint flat config): type-aware TypeScript rules, React hooks, and the
// import boundaries that keep the layout honest. Formatting is Prettier's (`npm run lint` runs both).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const features = readdirSync(new URL('./web/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Who may import whom: shared imports neither server nor web; the web app never imports the server; web features never import each other; migrations are frozen. */
const boundaries = [
  { target: './shared', from: ['./server', './web'], message: 'shared/ is browser-safe and stands alone.' },
  // (the browser tests in web/e2e start the real server and use its test helpers)
  { target: './web/src', from: './server', message: 'The web app talks to the server only over HTTP, through the contracts in shared/src/api.' },
  { target: './server', from: './web', message: 'The server does not import the web app.' },
  { target: './migrations', from: ['./server', './shared', './web'], message: 'Migrations are frozen in time: no imports from app code.' },
  ...features.map((feature) => ({
    target: `./web/src/features/${feature}`,
    from: './web/src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: move what two need into web/src/components or web/src/lib, or compose them in web/src/app.',
  })),
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/dist-ssr/**', '**/node_modules/**', 'data/**', 'web/public/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.ts', '*.js'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/extensions': ['.ts', '.tsx', '.js'] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // React Router's loaders throw Responses (404, redirects) for the route's error element
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [
            { from: 'lib', name: 'Response' },
            { from: 'package', package: 'react-router', name: ['DataWithResponseInit', 'redirect'] },
          ],
        },
      ],
    },
  },
  {
    // Only the app ships fixtures-free: shared's own code never reads the demo fixtures, its tests may.
    files: ['shared/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...boundaries, { target: './shared', from: './fixtures', message: 'shared/ does not depend on the demo fixtures.' }] },
      ],
    },
  },
  {
    // Tests read `res.json()` (typed any by light-my-request and fetch) on every line; explicit any stays forbidden.
    files: ['**/*.test.ts', '**/*.test.tsx', 'server/test/**', 'web/e2e/**', 'tools/bench/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // fakes implement async interfaces without awaiting anything
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Migrations are written against Kysely<any>, frozen in time (Kysely's documented pattern).
    files: ['migrations/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
);
