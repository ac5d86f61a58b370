# shixian as a service. Build: docker build -t shixian .   Run: see compose.yaml and README.md.

# Build stage: better-sqlite3 compiles its native addon during `npm ci` when no prebuilt binary
# matches, which needs python3, make and g++.
FROM node:20-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# tsx is a runtime dependency (the CLI runs TypeScript without a build step); dev tools stay out.
RUN npm ci --omit=dev && npm cache clean --force
COPY tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY rules ./rules
COPY templates ./templates

# Runtime stage: the same Debian and Node as the build, so the compiled addon loads; no toolchain.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    SHIXIAN_DATA_DIR=/app/data \
    PORT=8080
WORKDIR /app
COPY --from=build /app /app
# `shixian` on PATH, for `docker run … shixian import …` as well as the default command.
RUN ln -s /app/bin/shixian.js /usr/local/bin/shixian \
 && mkdir -p /app/data/inbox \
 && chown -R node:node /app/data
# The node image's unprivileged user (uid 1000); it owns only the data volume.
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
