#!/usr/bin/env bash
# Everything letscode needs on a fresh machine, idempotent (fast when all is in place):
#   1. Node dependencies and the compiled CLI
#   2. a running Docker engine (installs Debian's docker.io and starts dockerd if none answers)
#   3. the debian:bookworm-slim base image (pulled, or built offline with debootstrap)
#   4. Debian's chromium, which the e2e tests drive through playwright-core (no browser download)
#   5. Debian's redis-server, which the cluster e2e tests start on ports of their own
# Language images are built on first use by letscode itself (or `letscode images build`).
set -euo pipefail
cd "$(dirname "$0")/.."

log() { echo "setup: $*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_node_modules() {
  # npm ci is slow and deletes node_modules: only run it when the lock file changed.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing Node dependencies"
    npm ci --no-audit --no-fund --loglevel=error
  fi
  log "building the CLI"
  npm run --silent build
}

docker_answers() { docker info >/dev/null 2>&1; }

start_docker() {
  docker_answers && return 0
  if ! command -v dockerd >/dev/null 2>&1; then
    log "installing docker.io from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null
  fi
  # A booted systemd manages the engine; containers and CI machines without it get a background dockerd.
  if [ -d /run/systemd/system ] && as_root systemctl start docker 2>/dev/null; then
    log "started docker with systemctl"
  elif ! pgrep -x dockerd >/dev/null; then
    log "starting dockerd in the background (log: /var/log/letscode-dockerd.log)"
    as_root sh -c 'nohup dockerd >/var/log/letscode-dockerd.log 2>&1 &'
  fi
  for _ in $(seq 1 60); do
    docker_answers && { log "docker engine is up"; return 0; }
    sleep 1
  done
  echo "setup: the docker engine did not come up; see /var/log/letscode-dockerd.log" >&2
  exit 3
}

ensure_base_image() {
  docker image inspect debian:bookworm-slim >/dev/null 2>&1 && return 0
  if docker pull debian:bookworm-slim >/dev/null 2>&1; then
    log "pulled debian:bookworm-slim"
  else
    log "cannot pull debian:bookworm-slim; building it offline with debootstrap (about a minute)"
    as_root bash scripts/build-debian-base.sh debian:bookworm-slim
  fi
}

ensure_chromium() {
  command -v chromium >/dev/null 2>&1 && return 0
  log "installing chromium from Debian (the HTML report test opens it headless)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
}

ensure_redis() {
  command -v redis-server >/dev/null 2>&1 && return 0
  log "installing redis-server from Debian (the cluster tests start their own, on free ports)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
}

install_node_modules
start_docker
ensure_base_image
ensure_chromium
ensure_redis
log "ready"
