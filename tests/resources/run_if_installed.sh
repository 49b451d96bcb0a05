#!/bin/sh
# run_if_installed.sh <tool> [args…]: run a validator, or report a skip (ctest SKIP_RETURN_CODE 77)
# when it is not installed, so a developer machine without it is told why instead of failing; with
# LUNSCOPE_REQUIRE_PEERS=1 (scripts/test, as CI runs it) a missing tool fails.
tool=$1
shift
if ! command -v "$tool" >/dev/null 2>&1; then
    if [ "${LUNSCOPE_REQUIRE_PEERS:-}" = 1 ]; then
        echo "FAIL: $tool is not installed and LUNSCOPE_REQUIRE_PEERS=1 (Debian: apt install desktop-file-utils appstream)"
        exit 1
    fi
    echo "SKIP: $tool is not installed (Debian: apt install desktop-file-utils appstream)"
    exit 77
fi
exec "$tool" "$@"
