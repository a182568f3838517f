"""The systemd unit deploy/kiosk.service: valid, and sandboxed (DESIGN.md 8; issue 13, item 4).

``systemd-analyze`` reads the unit file offline: no systemd needs to be running. The exposure
score recorded in the README's "Security" section is the one computed here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UNIT = ROOT / "deploy" / "kiosk.service"
needs_systemd_analyze = pytest.mark.skipif(shutil.which("systemd-analyze") is None,
                                           reason="systemd-analyze is not installed (Debian package systemd)")


def directives() -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for line in UNIT.read_text().splitlines():
        if "=" in line and not line.lstrip().startswith(("#", ";", "[")):
            name, value = line.split("=", 1)
            values.setdefault(name.strip(), []).append(value.strip())
    return values


@needs_systemd_analyze
def test_the_unit_verifies():
    result = subprocess.run(["systemd-analyze", "verify", str(UNIT)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


@needs_systemd_analyze
def test_the_exposure_score_is_low_and_the_one_in_the_readme():
    result = subprocess.run(["systemd-analyze", "security", "--offline=yes", "--no-pager", str(UNIT)],
                            capture_output=True, text=True, timeout=60)
    found = re.search(r"Overall exposure level for kiosk\.service: (\d+\.\d)", result.stdout)
    assert found, result.stdout[-500:] + result.stderr
    score = float(found.group(1))
    assert score <= 2.5  # "OK" in systemd's words; 9.4 ("UNSAFE") before the sandbox
    assert f"exposure score {found.group(1)}" in (ROOT / "README.md").read_text()


def test_only_the_state_folder_is_writable_and_the_rest_is_locked_down():
    unit = directives()
    assert unit["ProtectSystem"] == ["strict"]
    assert unit["ReadWritePaths"] == [unit["Environment"][0].split("=", 1)[1]] == ["/var/lib/kiosk"]
    for name, value in [("ProtectHome", "yes"), ("PrivateTmp", "yes"), ("NoNewPrivileges", "yes"),
                        ("UMask", "0077"), ("StateDirectoryMode", "0700"), ("CapabilityBoundingSet", "")]:
        assert unit[name] == [value], name
    assert set(unit["RestrictAddressFamilies"][0].split()) == {"AF_UNIX", "AF_INET", "AF_INET6", "AF_NETLINK"}
    # cage's runtime folder is the unit's own, since /run/user is hidden.
    assert unit["RuntimeDirectory"] == ["kiosk"] and "XDG_RUNTIME_DIR=/run/kiosk" in unit["ExecStart"][0]
