// Lint tools only: gives every require('typescript') in this process the `typescript-5` devDependency
// (npm:typescript@5.x). typescript-eslint and lit-analyzer need TypeScript's JavaScript compiler API, which the
// root `typescript` (7.x, used by `tsc` for `npm run typecheck`) no longer has. Imported first by
// eslint.config.mjs, and preloaded with `node --import` for lit-analyzer (package.json "lint:lit").
// package.json "overrides" point those packages' `typescript` dependency at the root one, so that npm's tree has
// no peer conflict; both packages load TypeScript with require(), which goes through Module._resolveFilename.
import Module from 'node:module';

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'typescript' || request.startsWith('typescript/')) request = `typescript-5${request.slice('typescript'.length)}`;
  return resolveFilename.call(this, request, ...rest);
};
