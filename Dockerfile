# shixian as a service. Build: docker build -t shixian .   Run: see compose.yaml and README.md.

# Build stage: installs the packages, builds better-sqlite3's native addon and bundles the CLI.
FROM node:20-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# The toolchain is not enough by itself: better-sqlite3's install would download a prebuilt binary,
# or node-gyp the Node headers, from the network. Build it from source against the headers this
# image already has (/usr/local/include/node), so only the npm registry needs to be reachable.
ENV npm_config_build_from_source=true \
    npm_config_nodedir=/usr/local
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# --ignore-scripts: `prepare` would build the application, which is not copied yet; the one addon is
# built on its own. The object files and the SQLite sources are dropped: only the .node file loads.
RUN npm ci --ignore-scripts \
 && npm rebuild better-sqlite3 \
 && cd node_modules/better-sqlite3 \
 && mv build/Release/better_sqlite3.node . \
 && rm -rf build deps src \
 && mkdir -p build/Release \
 && mv better_sqlite3.node build/Release/ \
 && cd /app && npm cache clean --force
COPY bin ./bin
COPY src ./src
# The build runs the commands once on the sample gazettes to write V8's code cache beside the bundle
# (bin/train-code-cache.js): they read the rules, the templates and the example recipients.
COPY rules ./rules
COPY templates ./templates
COPY data/gazettes ./data/gazettes
COPY data/recipients.example.yaml ./data/
# Compiled JavaScript in dist/ (no TypeScript loader at run time); then the build tools go.
RUN npm run build && npm prune --omit=dev && npm cache clean --force

# Runtime stage: the same Debian and Node as the build, so the compiled addon loads; no toolchain.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    SHIXIAN_DATA_DIR=/app/data \
    PORT=8080
WORKDIR /app
# The packages in a layer of their own: it changes only with the lockfile.
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/dist ./dist
COPY bin/shixian.js bin/load-bundle.js ./bin/
COPY rules ./rules
COPY templates ./templates
# The log and `recipients list` point to data/recipients.example.yaml when no recipients file exists.
COPY data/recipients.example.yaml ./data/
# `shixian` on PATH, for `docker run … shixian import …` as well as the default command.
RUN ln -s /app/bin/shixian.js /usr/local/bin/shixian \
 && mkdir -p /app/data/inbox \
 && chown -R node:node /app/data
# The node image's unprivileged user (uid 1000); it owns only the data volume (a bind-mounted folder
# must belong to uid 1000 too). Nothing else is written: the container runs with --read-only.
USER node
VOLUME ["/app/data"]
EXPOSE 8080
# No curl in the slim image: node's own fetch asks /healthz, which is 503 when the database cannot be
# read or the scheduler is late.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop) makes `serve` finish or release in-flight sends and exit 0 well inside
# Docker's 10 s.
STOPSIGNAL SIGTERM
CMD ["shixian", "serve"]
