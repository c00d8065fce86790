#!/usr/bin/env bash
# Creates the debian:bookworm-slim image locally, for machines that cannot pull it
# (air-gapped contest sites, or no registry access). Uses debootstrap against the Debian
# mirror apt is already configured with (or $DEBIAN_MIRROR), then `docker import`.
# Needs root (debootstrap), about 40 s and ~200 MB. Usage: sudo bash scripts/build-debian-base.sh
set -euo pipefail

IMAGE="${1:-debian:bookworm-slim}"
SUITE="${DEBIAN_SUITE:-bookworm}"

find_mirror() {
  if [ -n "${DEBIAN_MIRROR:-}" ]; then echo "$DEBIAN_MIRROR"; return; fi
  # deb822 sources (Debian 12 default) first, then the one-line format.
  local uri
  uri=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -n1 || true)
  if [ -z "$uri" ]; then
    uri=$(grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
      | awk '{for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) {print $i; exit}}' | grep -v security | head -n1 || true)
  fi
  echo "${uri:-http://deb.debian.org/debian}"
}

if [ "$(id -u)" -ne 0 ]; then
  echo "build-debian-base: debootstrap needs root; run: sudo bash $0" >&2
  exit 1
fi
if ! command -v debootstrap >/dev/null; then
  echo "build-debian-base: installing debootstrap"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

MIRROR=$(find_mirror)
ROOT=$(mktemp -d /tmp/letscode-debootstrap.XXXXXX)
trap 'rm -rf "$ROOT"' EXIT

echo "build-debian-base: debootstrap $SUITE from $MIRROR"
debootstrap --variant=minbase "$SUITE" "$ROOT" "$MIRROR" >"$ROOT.log" 2>&1 || {
  tail -n 20 "$ROOT.log" >&2
  exit 1
}
rm -f "$ROOT.log"
# Keep the image close to the official slim one: no apt caches, no docs.
rm -rf "$ROOT"/var/lib/apt/lists/* "$ROOT"/var/cache/apt/*.bin "$ROOT"/var/cache/apt/archives/*.deb \
  "$ROOT"/usr/share/doc/* "$ROOT"/usr/share/man/*
tar -C "$ROOT" -c . | docker import - "$IMAGE" >/dev/null
echo "build-debian-base: imported $IMAGE"
