# The platform on Node 20; the database is PostgreSQL (DATABASE_URL), see docker-compose.yml.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY . .
# the web app (with .br/.gz beside its files) and the server compiled to server/dist/main.js
RUN npm run build
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
EXPOSE 3000
USER node
# node itself as PID 1 (what `npm run serve` runs): SIGTERM reaches the server, which drains its requests
CMD ["node", "--enable-source-maps", "server/dist/main.js"]
