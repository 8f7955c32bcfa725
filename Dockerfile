# The platform as a container: `docker compose up` (see docker-compose.yml and .env.example), or
#   docker build -t gci . && docker run -p 3000:3000 -e DATABASE_URL=postgres://… gci
# Node 24 is the active LTS (supported until April 2028); the project itself also runs on Node ≥ 20.19.
ARG NODE_IMAGE=node:24-bookworm-slim

# 1. Build: every dependency, dev ones included, to build the web app (web/dist, with .br/.gz beside
#    its files) and compile the server to one file (server/dist/main.js, tools/build-server.ts).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# 2. Production dependencies only, of the server and shared (the web's are in its bundle): no tsc,
#    vite, vitest or esbuild-for-the-build in the image. tsx stays, a dependency of the server, for
#    the command-line tools (`npm run create-admin`, `migrate`, `gci`, `mail-worker`); the server never uses it.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --omit=dev --no-audit --no-fund --workspace=@gci/server --workspace=@gci/shared

# 3. What runs. The code belongs to root and cannot be changed by the server; only the data
#    directory (PGlite's files without DATABASE_URL, mail as .eml files without SMTP_URL) is the node user's.
FROM ${NODE_IMAGE} AS runtime
# tini as PID 1: it hands SIGTERM to node (so the graceful shutdown runs: requests in flight are
# answered, the database closed) and reaps zombies. `docker run --init` would do the same.
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/app/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.base.json ./
COPY --from=build /app/server/package.json ./server/
COPY --from=build /app/server/dist ./server/dist
COPY --from=build /app/web/package.json ./web/
COPY --from=build /app/web/dist ./web/dist
COPY --from=build /app/web/dist-ssr ./web/dist-ssr
# the sources the command-line tools run through tsx (the server itself is server/dist/main.js)
COPY --from=build /app/shared/package.json ./shared/
COPY --from=build /app/shared/src ./shared/src
COPY --from=build /app/server/src ./server/src
COPY --from=build /app/migrations ./migrations
COPY --from=build /app/fixtures ./fixtures
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["tini", "--"]
# node itself, not npm: npm would take SIGTERM and leave node orphaned. No tsx: compiled JavaScript.
CMD ["node", "--enable-source-maps", "server/dist/main.js"]
