#!/usr/bin/env bash
# Creates a scratch org with Sales Intelligence and its sample data, and prints an account page URL.
#
#   npm run org:create -- [alias] [duration-days] [permission-set]
#
#   alias           scratch org alias (default si-scratch)
#   duration-days   1-30 (default 7)
#   permission-set  one of the five SI permission sets (default SI_Operations_User). The admin also
#                   always gets SI_Operations_User: the sample data import writes fields that only that
#                   set may edit (ABM tier, qualified dates, intent signals).
#   DEV_HUB         environment: Dev Hub username or alias; without it the default Dev Hub
#                   (`sf config get target-dev-hub`) is used.
#
# Steps: build the LWC JavaScript, create the org from config/project-scratch-def.json, deploy force-app,
# assign the permission set, grant Marketing User (campaigns), generate the sample data for the day of
# import into a temporary folder (`npm run generate:data -- --as-of <today> --out <tmp>`, so the accounts
# show their stages, bands and grades today; the committed data/ is dated for 2026-11-02), import its plan,
# print the URL of an account record page.
# Every sf flag used here was checked against `sf <command> --help` of @salesforce/cli 2.146.3.
set -euo pipefail
cd "$(dirname "$0")/.."

export SF_DISABLE_TELEMETRY=true
export SF_DISABLE_AUTOUPDATE=true

ALIAS="${1:-si-scratch}"
DURATION_DAYS="${2:-7}"
PERMISSION_SET="${3:-SI_Operations_User}"
DEFINITION=config/project-scratch-def.json

fail() {
    echo "org:create: $*" >&2
    exit 1
}
step() {
    echo
    echo "org:create: $*"
}
sf() {
    npx --no-install sf "$@"
}
# Reads a JSON document on stdin and prints the value at a dotted path (fails when absent).
json_get() {
    node -e '
        let text = "";
        process.stdin.on("data", (c) => (text += c)).on("end", () => {
            let value = JSON.parse(text);
            for (const part of process.argv[1].split(".")) value = value == null ? undefined : value[part];
            if (value === undefined || value === null || value === "") process.exit(3);
            process.stdout.write(String(value));
        });
    ' "$1"
}

# --- Fail fast on bad arguments and missing inputs -------------------------------------------------
[[ "$ALIAS" =~ ^[A-Za-z0-9_.-]+$ ]] || fail "alias must be letters, digits, '.', '_' or '-', got '$ALIAS'"
[[ "$DURATION_DAYS" =~ ^[0-9]+$ ]] && ((DURATION_DAYS >= 1 && DURATION_DAYS <= 30)) ||
    fail "duration must be a whole number of days from 1 to 30, got '$DURATION_DAYS'"
[ -f "force-app/main/default/permissionsets/$PERMISSION_SET.permissionset-meta.xml" ] ||
    fail "unknown permission set '$PERMISSION_SET' (one of: $(ls force-app/main/default/permissionsets | sed 's/.permissionset-meta.xml//' | tr '\n' ' '))"
[ -f "$DEFINITION" ] || fail "scratch org definition $DEFINITION is missing"
[ -f scripts/generate-sample-data.ts ] || fail "the sample data generator scripts/generate-sample-data.ts is missing"
command -v node >/dev/null || fail "node is not on the PATH"
[ -x node_modules/.bin/sf ] || fail "the Salesforce CLI is not installed: run npm install"
[ -x node_modules/.bin/tsx ] || fail "tsx (which runs the sample data generator) is not installed: run npm install"

DEV_HUB_ARGS=()
if [ -n "${DEV_HUB:-}" ]; then
    DEV_HUB_ARGS=(--target-dev-hub "$DEV_HUB")
elif ! sf config get target-dev-hub --json 2>/dev/null | json_get result.0.value >/dev/null; then
    fail "no Dev Hub: log in with 'npx sf org login web --set-default-dev-hub --alias devhub', or set DEV_HUB"
fi

# --- Build, create, deploy, assign, import -----------------------------------------------------------
step "building the LWC JavaScript (npm run build)"
npm run -s build || fail "the TypeScript build failed; nothing was created"

step "creating scratch org '$ALIAS' for $DURATION_DAYS days"
sf org create scratch --definition-file "$DEFINITION" --alias "$ALIAS" --duration-days "$DURATION_DAYS" \
    --set-default --wait 15 "${DEV_HUB_ARGS[@]}" ||
    fail "scratch org creation failed (Dev Hub limits, definition file or login)"

step "deploying force-app"
sf project deploy start --source-dir force-app --target-org "$ALIAS" --wait 30 ||
    fail "deploy failed; the org '$ALIAS' exists, fix the error and run: npm run deploy -- --target-org $ALIAS"

PERMISSION_SETS=(--name SI_Operations_User)
[ "$PERMISSION_SET" = SI_Operations_User ] || PERMISSION_SETS+=(--name "$PERMISSION_SET")
step "assigning permission set(s) ${PERMISSION_SETS[*]}"
sf org assign permset "${PERMISSION_SETS[@]}" --target-org "$ALIAS" ||
    fail "assigning the permission set(s) failed"

# Creating the sample campaigns needs the Marketing User checkbox on the importing user.
step "granting the Marketing User feature to the admin (needed to import campaigns)"
ADMIN_USERNAME="$(sf org display --target-org "$ALIAS" --json | json_get result.username)" ||
    fail "could not read the admin username of '$ALIAS'"
sf data update record --sobject User --where "Username='$ADMIN_USERNAME'" \
    --values "UserPermissionsMarketingUser=true" --target-org "$ALIAS" ||
    fail "could not set Marketing User on $ADMIN_USERNAME; campaigns would not import"

# The sample data, dated for the day of import (this machine's calendar), in a folder removed on exit.
IMPORT_DAY="$(date +%F)"
DATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/si-sample-data.XXXXXX")"
trap 'rm -rf "$DATA_DIR"' EXIT
DATA_PLAN="$DATA_DIR/data-plan.json"
step "generating the sample data as of $IMPORT_DAY into $DATA_DIR"
npx --no-install tsx scripts/generate-sample-data.ts --as-of "$IMPORT_DAY" --out "$DATA_DIR" ||
    fail "generating the sample data failed (the org is deployed; run npm run generate:data -- --out <dir> and sf data import tree --plan <dir>/data-plan.json)"
[ -f "$DATA_PLAN" ] || fail "the generator wrote no $DATA_PLAN"

step "importing sample data as of $IMPORT_DAY ($DATA_PLAN)"
sf data import tree --plan "$DATA_PLAN" --target-org "$ALIAS" ||
    fail "sample data import failed (the org is deployed; records may be partly imported)"

# --- Print an account page ------------------------------------------------------------------------
step "finding an account"
ACCOUNT_ID="$(sf data query --query "SELECT Id FROM Account ORDER BY SI_ABM_Tier__c ASC NULLS LAST, Name ASC LIMIT 1" \
    --target-org "$ALIAS" --json | json_get result.records.0.Id)" ||
    fail "no Account found in '$ALIAS' after the import"

ACCOUNT_PATH="/lightning/r/Account/$ACCOUNT_ID/view"
URL="$(sf org open --target-org "$ALIAS" --path "$ACCOUNT_PATH" --url-only --json | json_get result.url)" ||
    fail "could not build the account page URL"

echo
echo "org:create: done. Account page (the URL logs you in; do not share it):"
echo "$URL"
echo "org:create: to show the insight panel there, activate 'SI Account Record Page' (Lightning App Builder > Activation > Org Default)."
