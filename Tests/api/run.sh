#!/usr/bin/env bash
# Explores the API with schemathesis, as an outside program would: a Guildhall with the demo
# council, an API token of its programme manager, and every operation in /api/v1/openapi.json
# called with generated input. Fails on any 5xx and on any response outside the document.
# Usage: bash Tests/api/run.sh [MAX_EXAMPLES]   (GUILDHALL_BIN names the binary; VENV the virtualenv)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
binary="${GUILDHALL_BIN:-$repo/.build/debug/guildhall}"
venv="${VENV:-$repo/.venv-api}"
examples="${1:-25}"
work=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"

if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
"$venv/bin/pip" install --disable-pip-version-check -q -r "$here/requirements.txt"

export GUILDHALL_SQLITE_PATH="$work/guildhall.sqlite" GUILDHALL_DEMO=true GUILDHALL_DEMO_PASSWORD=schemathesis-demo
(cd "$work" && exec "$binary" serve --hostname 127.0.0.1 --port "$port" >"$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$url/healthz" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.5
done

token=$(cd "$work" && "$binary" token add --user programme-manager@wyvernvale.example --name schemathesis)
# A statement of its own, so the operations on a statement reach more than "not found".
statement=$(curl -fs -X POST "$url/api/v1/organisations/wyvern-vale/statements" \
  -H "Authorization: Bearer $token" -H "Content-Type: application/json" \
  -d '{"year": 2004, "proForma": "ieg3"}' | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')

# And the front office's own token, with a resident and a case of its own, for its operations.
agent=$(cd "$work" && "$binary" token add --user front-office@wyvernvale.example --name schemathesis)
resident=$(curl -fs -X POST "$url/api/v1/organisations/wyvern-vale/customers" \
  -H "Authorization: Bearer $agent" -H "Content-Type: application/json" \
  -d '{"name": "Schema Thesis"}' | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
service=$(curl -fs "$url/api/v1/organisations/wyvern-vale/services" -H "Authorization: Bearer $agent" \
  | python3 -c 'import json, sys; s = json.load(sys.stdin)["services"][0]; print(s["slug"], s["interactions"][0]["interactionType"])')
reference=$(curl -fs -X POST "$url/api/v1/organisations/wyvern-vale/cases" \
  -H "Authorization: Bearer $agent" -H "Content-Type: application/json" \
  -d "{\"service\": \"${service% *}\", \"interactionType\": ${service#* }, \"channel\": \"web\", \"description\": \"Generated\", \"customer\": \"$resident\"}" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["reference"])')

cat >"$work/schemathesis.toml" <<TOML
[parameters]
"path.organisation" = "wyvern-vale"
"path.statement" = "$statement"
"path.section" = "risks"
"path.resident" = "$resident"
"path.reference" = "$reference"
TOML

cd "$work"
explore() {
  "$venv/bin/schemathesis" --config-file "$work/schemathesis.toml" run "$url/api/v1/openapi.json" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
    --max-examples "$examples" --seed 2003 --no-color "$@"
}
explore --header "Authorization: Bearer $token"
explore --header "Authorization: Bearer $agent" --include-path-regex '/(services|customers|contacts|cases|standards|take-up)'

