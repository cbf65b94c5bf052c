#!/bin/sh
# scripts/build-msi.sh BUNDLE OUT.msi: a per-user Windows Installer package of a one-folder bundle,
# from packaging/windows/linkwell.wxs with Debian's wixl (msitools); wixl-heat lists the bundle's files.
# On Windows, BUNDLE is PyInstaller's dist\linkwell (see docs/windows.md); here, make package-check builds
# it from the Linux bundle to check the definition and its per-user properties with msiinfo.
set -eu
bundle=$(cd "${1:?usage: build-msi.sh BUNDLE OUT.msi}" && pwd)
out=$(realpath -m "${2:?usage: build-msi.sh BUNDLE OUT.msi}")
here=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$here/pyproject.toml" | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/packaging/windows/linkwell.wxs" "$work/"
cd "$bundle"  # wixl reads each Source relative to the working folder
find . -type f | sort |
  wixl-heat -p ./ --component-group Bundle --var var.SourceDir --directory-ref INSTALLDIR >"$work/files.wxs"
wixl -D SourceDir=. -D Version="$version" -o "$out" "$work/linkwell.wxs" "$work/files.wxs"
