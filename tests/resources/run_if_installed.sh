#!/bin/sh
# run_if_installed.sh <tool> [args…]: run a validator, or report a skip (ctest SKIP_RETURN_CODE 77)
# when it is not installed, so a developer machine without it is told why instead of failing.
tool=$1
shift
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed (Debian: apt install desktop-file-utils appstream)"
    exit 77
fi
exec "$tool" "$@"
