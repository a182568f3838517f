"""kiosk.spec: the one-folder bundle builds, and runs on its own from a folder far from this tree.

The bundle is built once for this module (half a minute on two idle cores) into a temporary folder,
with ``kiosk-probe`` (tests/bundle_probe.py) beside the kiosk, then copied elsewhere and started
with a minimal environment: no source tree, no virtual environment, an empty ``KIOSK_HOME``.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.xserver import xvfb
from ui.fonts import FAMILIES, FILES as FONT_FILES

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                       reason='PyInstaller is not installed (pip install -e ".[test]" installs it)'),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="checks the bundle's layout on Linux"),
]

BUILD_TIMEOUT = 20 * 60
RUN_TIMEOUT = 120
QT = Path("_internal", "PySide6", "Qt")


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])


def _names(folder: str, pattern: str) -> set[str]:
    return {path.name for path in (ROOT / folder).glob(pattern)}


@dataclass(frozen=True)
class Bundle:
    """The kiosk executable of the built bundle, and the source files it was built from."""

    kiosk: Path
    data: set[str]
    revisions: set[str]
    pictograms: set[str]
    translations: set[str]

    @property
    def internal(self) -> Path:
        return self.kiosk.parent / "_internal"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Bundle:
    """The built bundle, copied to a folder of its own."""
    sources = dict(data=_names("data", "*"), revisions=_names("migrations/versions", "*.py"),
                   pictograms=_names("assets/pictograms", "*.svg"),
                   translations={Path(name).stem for name in _names("assets/translations", "*.ts")})
    work = tmp_path_factory.mktemp("pyinstaller")
    try:
        built = subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
             str(ROOT / "kiosk.spec"), "--", "--probe", str(ROOT / "tests" / "bundle_probe.py")],
            cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"pyinstaller kiosk.spec took more than {BUILD_TIMEOUT} s")
    assert built.returncode == 0, f"pyinstaller kiosk.spec failed:\n{_tail(built.stdout + built.stderr)}"
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "kiosk"
    shutil.copytree(work / "dist" / "kiosk", elsewhere, symlinks=True)
    shutil.rmtree(work)
    return Bundle(kiosk=elsewhere / "kiosk", **sources)


def run(executable: Path, *args: str, home: Path, **env: str) -> subprocess.CompletedProcess:
    """Run a program of the bundle with nothing of this tree in its environment or working folder."""
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(home.parent), "KIOSK_HOME": str(home),
                   "QT_QPA_PLATFORM": "offscreen", **env}
    try:
        out = subprocess.run([str(executable), *args], cwd=executable.parent.parent, env=environment,
                             capture_output=True, text=True, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired as error:
        stderr = error.stderr.decode(errors="replace") if isinstance(error.stderr, bytes) else error.stderr or ""
        pytest.fail(f"{executable.name} {' '.join(args)} did not finish in {RUN_TIMEOUT} s; "
                    f"stderr:\n{_tail(stderr)}")
    return out


def expect_success(out: subprocess.CompletedProcess) -> str:
    command = " ".join(Path(part).name if i == 0 else part for i, part in enumerate(out.args))
    assert out.returncode == 0, f"{command} exited with {out.returncode}; stderr:\n{_tail(out.stderr)}"
    return out.stdout


def test_bundle_starts_on_an_empty_home_and_answers_the_command_line(bundle, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    # First start: the migrations run from the bundle's files (alembic), the starter catalogue loads.
    ready = expect_success(run(bundle.kiosk, "run", "--exit-when-ready", home=home))
    assert re.search(r"^ready \d+$", ready, re.MULTILINE), ready
    status = json.loads(expect_success(run(bundle.kiosk, "status", "--json", home=home)))
    assert status["catalogue"]["source"] == "starter"
    assert status["catalogue"]["counts"]["languages"] == 9
    assert status["catalogue"]["counts"]["procedures"] >= 20
    found = json.loads(expect_success(run(bundle.kiosk, "search", "cmu", "--json", home=home)))
    assert "complementaire-sante-solidaire" in [result["slug"] for result in found["results"]]


def test_bundle_migrates_an_empty_database_from_scratch(bundle, tmp_path):
    # `status` as the very first command: no `run` before it to have made the database.
    home = tmp_path / "home"
    home.mkdir()
    status = json.loads(expect_success(run(bundle.kiosk, "status", "--json", home=home)))
    assert status["catalogue"]["version"] >= 1 and status["last_sync"] is None


def test_bundle_signs_publishes_and_syncs(bundle, tmp_path):
    """cryptography (Ed25519 keys and signatures) and jsonschema-rs (a sync's schema check)."""
    office, terminal, keys, share = (tmp_path / name for name in ("office", "terminal", "keys", "share"))
    share.mkdir()
    expect_success(run(bundle.kiosk, "keygen", "--out", str(keys), home=office))
    expect_success(run(bundle.kiosk, "publish", "--key", str(keys / "publisher.key"), "--out", str(share),
                       home=office))
    expect_success(run(bundle.kiosk, "trust", "add", str(keys / "publisher.pub"), home=terminal))
    synced = json.loads(expect_success(run(bundle.kiosk, "sync", str(share / "catalogue.json"), "--json",
                                           home=terminal)))
    assert synced["outcome"] == "applied", synced
    status = json.loads(expect_success(run(bundle.kiosk, "status", "--json", home=terminal)))
    assert status["catalogue"]["version"] == synced["version"] > 1


def test_bundle_renders_every_screen(bundle, tmp_path):
    """Stylesheet, SVG pictograms, QR codes, opening hours (opening_hours, zoneinfo): every screen."""
    shots = tmp_path / "shots"
    expect_success(run(bundle.kiosk, "screenshots", "--out", str(shots), "--lang", "fr,ar",
                       home=tmp_path / "home"))
    pictures = sorted(path.name for path in shots.glob("*.png"))
    assert {"home-fr.png", "partners-ar.png", "search-fr.png"} <= set(pictures), pictures
    assert all(path.stat().st_size > 10_000 for path in shots.glob("*.png"))


def test_bundle_carries_the_application_files(bundle):
    internal = bundle.internal
    for shipped in ["migrations/env.py", "migrations/script.py.mako", "assets/theme.qss"]:
        assert (internal / shipped).is_file(), f"{shipped} is not in the bundle"
    assert {path.name for path in (internal / "data").iterdir()} == bundle.data
    assert {path.name for path in (internal / "migrations" / "versions").glob("*.py")} == bundle.revisions
    assert {path.name for path in (internal / "assets" / "pictograms").glob("*.svg")} == bundle.pictograms
    assert {path.name for path in (internal / "assets" / "fonts").iterdir()} == {*FONT_FILES, "OFL.txt"}
    # Compiled translations only, one for each source (there may be none yet).
    translations = internal / "assets" / "translations"
    assert {path.stem for path in translations.glob("*.qm")} == bundle.translations
    assert not list(translations.glob("*.ts"))
    assert not list(internal.rglob("__pycache__"))


def test_bundle_carries_the_qt_parts_the_kiosk_loads_and_not_the_rest(bundle):
    qt = bundle.kiosk.parent / QT
    for needed in ["plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                   "plugins/texttospeech/libqtexttospeech_speechd.so",
                   "plugins/texttospeech/libqtexttospeech_mock.so",
                   "plugins/printsupport/libcupsprintersupport.so",
                   "plugins/imageformats/libqsvg.so", "plugins/iconengines/libqsvgicon.so",
                   "plugins/platforms/libqxcb.so", "plugins/platforms/libqwayland.so",
                   "plugins/platforms/libqoffscreen.so",
                   "qml/QtQuick/VirtualKeyboard/qmldir", "qml/QtQuick/VirtualKeyboard/Settings/qmldir",
                   "qml/QtQuick/VirtualKeyboard/Styles/Builtin/qmldir", "qml/QtQuick/Layouts/qmldir",
                   "qml/QtMultimedia/qmldir", "qml/Qt/labs/folderlistmodel/qmldir"]:
        assert (qt / needed).exists(), f"{needed} is not in the bundle"
    for left_out in ["qml/QtQuick3D", "qml/Qt3D", "qml/QtQuick/Controls", "qml/QtWebView", "plugins/qmltooling",
                     "plugins/multimedia", "lib/libQt6Quick3D.so.6", "lib/libQt6WebEngineCore.so.6"]:
        assert not (qt / left_out).exists(), f"{left_out} should have been left out of the bundle"
    assert (bundle.internal / "tzdata" / "zoneinfo" / "Europe" / "Paris").is_file()


def test_no_library_goes_missing_in_the_bundle(bundle):
    """Every library a bundled binary links to is in the bundle, or one PyInstaller leaves to the system.

    kiosk.spec drops the libraries that nothing kept links to: a mistake there shows up here as a
    library found outside the bundle (or not at all) that PyInstaller would have bundled.
    """
    from PyInstaller.depend.dylib import include_library

    if shutil.which("ldd") is None:
        pytest.skip("no ldd")
    internal = bundle.internal
    venv_libraries = {path.name for path in Path(sys.prefix).rglob("*.so*")}
    missing = {}
    for binary in sorted(internal.rglob("*.so*")):
        if binary.is_symlink() or not binary.is_file():
            continue
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True,
                             env={"LD_LIBRARY_PATH": str(internal), "PATH": "/usr/bin:/bin"})
        for name, found in re.findall(r"^\s*(\S+) => (.+?)(?: \(0x[0-9a-f]+\))?$", out.stdout, re.MULTILINE):
            if found == "not found":
                left_out = name in venv_libraries  # otherwise not on this machine either (e.g. Wayland's)
            else:
                left_out = not Path(found).resolve().is_relative_to(internal.resolve()) and include_library(name)
            if left_out:
                missing.setdefault(name, []).append(str(binary.relative_to(internal)))
    assert not missing, f"libraries left out of the bundle but needed: {missing}"
    assert not [path for path in internal.rglob("*") if path.is_symlink() and not path.exists()], "broken links"


@pytest.fixture(scope="module")
def display():
    with xvfb() as name:
        yield name


@pytest.mark.parametrize("lang, layout", [("ar", "ar"), ("uk", "uk"), ("ps", "fa"), ("ti", "en")])
def test_bundle_shows_the_virtual_keyboard_and_finds_its_plugins(bundle, display, tmp_path, lang, layout):
    """Qt Virtual Keyboard, its QML modules and layouts; text-to-speech engines; SVG; tzdata; the
    bundled fonts, which draw every letter of the nine languages' names and the screen's title."""
    probe = bundle.kiosk.with_name("kiosk-probe")
    out = run(probe, str(tmp_path / "home"), lang, home=tmp_path / "home",
              DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_IM_MODULE="qtvirtualkeyboard")
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    assert out.returncode == 0 and lines, (
        f"kiosk-probe exited with {out.returncode}; stderr:\n{_tail(out.stderr)}")
    found = json.loads(lines[-1])
    assert found["keyboard_visible"] is True, (found, _tail(out.stderr))
    assert found["keyboard_height"] > 200, found
    assert found["keyboard_locale"].startswith(layout), found
    assert {"speechd", "mock"} <= set(found["speech_engines"]), found
    assert "svg" in found["image_formats"], found
    assert found["bundled_paris_offset"] == "1:00:00", found
    assert found["font_families"] == sorted(FAMILIES), found
    assert found["missing_letters"] == [], found
