#!/usr/bin/env bash
# Set up kiosk on a Debian machine: system packages, virtual environment, Python packages,
# compiled translations. Idempotent: a second run only checks. Used by ./run.sh and ./test.sh.
#   scripts/setup.sh          what the kiosk needs
#   scripts/setup.sh --test   and what the test suite needs
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
[ "${1:-}" = "--test" ] && want_tests=1

# Qt's xcb and offscreen platforms, fonts for every script the kiosk shows (Arabic, Cyrillic),
# sound for read-aloud, speech-dispatcher voices, and CUPS's command-line tools (lp, lpstat), which
# the kiosk prints through.
packages=(python3-venv libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
          libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
          libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libxcb-xfixes0
          libxrender1 libxi6 libsm6 libice6 libpulse0 libasound2 libnss3 libxcomposite1 libxdamage1
          libxrandr2 libxtst6 libcups2 libpipewire-0.3-0 fonts-noto-core fonts-dejavu-core
          speech-dispatcher speech-dispatcher-espeak-ng cups-client)
# Terminals run the kiosk under cage: Qt's Wayland platform plugin needs the Wayland client
# libraries, and Debian's cage does not start without an Xwayland binary (it starts it only for
# X clients, which the kiosk is not).
packages+=(libwayland-client0 libwayland-cursor0 libwayland-egl1 xwayland)
# Qt Virtual Keyboard tests need a real X server; tests/ui/test_terminals.py runs the kiosk under
# cage (photographed with grim) and on Xvfb with and without a window manager (openbox); the
# printing tests start a cupsd of their own with a cups-pdf queue.
[ "$want_tests" = 1 ] && packages+=(xvfb xauth cage grim openbox cups printer-driver-cups-pdf)
# systemd-analyze verifies and scores the unit deploy/kiosk.service (tests/test_deploy.py).
[ "$want_tests" = 1 ] && packages+=(systemd)
# The screen-reader test reads the kiosk through AT-SPI (the bus and registry of at-spi2-core, on
# a private D-Bus) with pyatspi, which Debian packages for its own python3.
[ "$want_tests" = 1 ] && packages+=(at-spi2-core python3-pyatspi dbus)
# The bundle test (PyInstaller) needs Python's shared library, which Debian's own Python keeps in
# a package of its own.
python=${PYTHON:-python3}
if [ "$want_tests" = 1 ] && [ "$("$python" -c 'import sys; print(sys.base_prefix)' 2>/dev/null)" = /usr ]; then
  packages+=("libpython$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')")
fi

if command -v dpkg-query >/dev/null; then
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "setup: installing Debian packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "setup: these Debian packages are missing. Install them, then run this again:" >&2
      echo "  sudo apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating the virtual environment .venv"
  "$python" -m venv .venv
fi
stamp=.venv/.installed-$([ "$want_tests" = 1 ] && echo test || echo app)
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing Python packages"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  if [ "$want_tests" = 1 ]; then .venv/bin/python -m pip install -q -e ".[test]"; else .venv/bin/python -m pip install -q -e .; fi
  touch "$stamp"
fi

.venv/bin/python -m ui.translations build
