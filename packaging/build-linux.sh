#!/usr/bin/env bash
# Builds the desktop bundle: dist/annotator/, the program dist/annotator/annotator, which runs
# without Python installed. The build runs in its own virtual environment (build/venv) holding
# only the app's wheel, its dependencies and PyInstaller, so nothing else of this machine's
# Python (test tools, numpy...) can slip into the bundle.
#
#   bash packaging/build-linux.sh          # PYTHON=python3.12 to build with another Python
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
PYINSTALLER_VERSION="6.22.3"
VENV=build/venv
started=$(date +%s)

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi

# The app as a user's pip install has it: the wheel, with the built-in lesson inside.
shopt -s nullglob
build_wheel() {
  rm -rf build/wheel
  "$VENV/bin/python" -m pip wheel -q --no-deps -w build/wheel .
  wheels=(build/wheel/annotator-*.whl)
}
build_wheel
"$VENV/bin/python" -m pip install -q "pyinstaller==$PYINSTALLER_VERSION" "${wheels[0]}"

# The translations (Spanish, and any other): compiled from their .ts sources with the
# pyside6-lrelease of the PySide6 just installed, then the wheel made again to carry the .qm.
sources=(annotator/i18n/*.ts)
if [ ${#sources[@]} -gt 0 ]; then
  for source in "${sources[@]}"; do
    "$VENV/bin/pyside6-lrelease" -silent "$source" -qm "${source%.ts}.qm"
  done
  build_wheel
fi
"$VENV/bin/python" -m pip install -q --no-deps --force-reinstall "${wheels[0]}"

# From build/, so that the checkout's annotator/ is not on the path: the bundle takes the
# installed wheel's, which carries the lesson.
root="$PWD"
(cd build && "$root/$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$root/dist" --workpath "$root/build/pyinstaller" "$root/packaging/annotator.spec")

echo "Built dist/annotator/annotator: $(du -sh dist/annotator | cut -f1)" \
  "in $(($(date +%s) - started)) s"
