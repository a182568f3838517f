"""The kiosk as terminals run it: `kiosk run` under cage (Wayland, as an unprivileged user), and on
a bare X server with and without a window manager. Each run is photographed from outside the
kiosk (grim; a Qt grab of the X root window) and must show the kiosk filling the whole screen:
the deep blue language bar across the whole width at the top, the white page down to the
bottom-right corner (the compositor's and X server's background is black).

Slow (a real start each, a few seconds); skipped where cage, grim or Xvfb are not installed.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.xserver import stop, xvfb
from ui import theme

ROOT = Path(__file__).resolve().parents[2]
#: An unprivileged account made for these tests when they run as root (cage refuses root).
TEST_USER = "kiosk-display-test"
#: How long a kiosk may take to paint its first screen on a loaded machine before the test gives up.
START_LIMIT_S = 90
BAR, PAGE = QColor(theme.COLOURS["bar"]), QColor(theme.COLOURS["page"])


def _near(image: QImage, x: int, y: int, colour: QColor) -> bool:
    pixel = image.pixelColor(x, y)
    return all(abs(a - b) <= 8 for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3]))


def fills_the_screen(path: Path, width: int, height: int) -> list[str]:
    """What is wrong with the screenshot at ``path`` of a kiosk that should fill the screen."""
    image = QImage(str(path))
    if image.isNull():
        return [f"{path} is not a picture"]
    if (image.width(), image.height()) != (width, height):
        return [f"the screenshot is {image.width()}x{image.height()}, the screen {width}x{height}"]
    wrong = []
    top = [x for x in range(0, width, 8) if not _near(image, x, 3, BAR)]
    if top:
        wrong.append(f"the top row is not the language bar's blue at x={top[:5]}")
    for x, y in ((width - 3, height - 3), (3, height - 3), (width // 2, height - 3)):
        if not _near(image, x, y, PAGE):
            wrong.append(f"({x}, {y}) is {image.pixelColor(x, y).name()}, not the page's white")
    return wrong


def _wait_for_picture(take, check) -> list[str]:
    """Photograph the screen until ``check(path)`` finds nothing wrong, or the kiosk had its time."""
    problems = ["no screenshot could be taken"]
    deadline = time.monotonic() + START_LIMIT_S
    while time.monotonic() < deadline:
        path = take()
        if path is not None:
            problems = check(path)
            if not problems:
                return []
        time.sleep(0.5)
    return problems



def _missing_wayland_libraries() -> list[str]:
    """Libraries Qt's Wayland platform plugin needs that this machine lacks (scripts/setup.sh installs them)."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqwayland.so"
    if not plugin.exists() or shutil.which("ldd") is None:
        return []
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})


# --- cage --------------------------------------------------------------------------------------

@pytest.fixture
def as_user(tmp_path):
    """(command prefix, uid, gid) running a command as an unprivileged user.

    As root, the account ``TEST_USER`` is made once (a system account, no home, no login). When
    this Python lives where that account cannot read (a pyenv under /root), it is given read
    access to files only (CAP_DAC_READ_SEARCH), never a way back to root.
    """
    if os.geteuid() != 0:
        return [], os.getuid(), os.getgid()
    try:
        pwd.getpwnam(TEST_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", TEST_USER],
                       check=True, capture_output=True)
    account = pwd.getpwnam(TEST_USER)
    prefix = ["setpriv", f"--reuid={account.pw_uid}", f"--regid={account.pw_gid}", "--init-groups"]
    interpreter = os.path.realpath(sys.executable)
    probe = subprocess.run([*prefix, "test", "-x", interpreter, "-a", "-r", str(ROOT / "kiosk" / "cli.py")],
                           capture_output=True)
    if probe.returncode != 0:
        prefix += ["--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search"]
    return prefix, account.pw_uid, account.pw_gid


def _private_dir(uid: int, gid: int) -> Path:
    path = Path(tempfile.mkdtemp(prefix="kiosk-cage-"))
    path.chmod(0o700)
    os.chown(path, uid, gid)
    return path


@pytest.mark.parametrize("rotation, size", [(["-r", "-r"], (1280, 720)), (["-r"], (720, 1280))],
                         ids=["landscape", "portrait"])
def test_under_cage_the_kiosk_fills_the_output(as_user, rotation, size):
    if shutil.which("cage") is None or shutil.which("grim") is None:
        pytest.skip("cage and grim are not installed (scripts/setup.sh --test installs them)")
    missing = _missing_wayland_libraries()
    if missing:
        pytest.skip(f"Qt's Wayland plugin lacks {', '.join(missing)} (scripts/setup.sh installs it)")
    prefix, uid, gid = as_user
    runtime, home = _private_dir(uid, gid), _private_dir(uid, gid)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "KIOSK_HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime), "WLR_BACKENDS": "headless", "WLR_RENDERER": "pixman",
        "WLR_LIBINPUT_NO_DEVICES": "1", "QT_QPA_PLATFORM": "wayland",
    }
    if "LD_LIBRARY_PATH" in os.environ:
        env["LD_LIBRARY_PATH"] = os.environ["LD_LIBRARY_PATH"]
    if shutil.which("Xwayland") is None:
        # Debian's cage refuses to start without an Xwayland binary, though it starts it only
        # for an X client; the kiosk is a Wayland client, so none is ever started.
        env["WLR_XWAYLAND"] = "/bin/false"
    # cage -r turns the output. Unturned, wlroots' headless output would show the kiosk's own
    # buffer directly (scan-out), which its screen capture cannot see (all black); turned, cage
    # composes the screen as usual. -r -r: 1280x720 upside down; -r: a 720x1280 portrait screen.
    kiosk = [str(Path(sys.executable).parent / "kiosk"), "run"]
    cage = subprocess.Popen([*prefix, "cage", "-d", *rotation, "--", *kiosk], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    shot = runtime / "shot.png"

    def take() -> Path | None:
        sockets = sorted(p.name for p in runtime.glob("wayland-*") if not p.name.endswith(".lock"))
        if not sockets:
            return None
        grab = subprocess.run([*prefix, "grim", str(shot)], env=env | {"WAYLAND_DISPLAY": sockets[0]},
                              capture_output=True)
        return shot if grab.returncode == 0 else None

    try:
        problems = _wait_for_picture(take, lambda path: fills_the_screen(path, *size))
    finally:
        stop(cage)
        log = cage.stdout.read().decode(errors="replace")[-3000:]
        shutil.rmtree(runtime, ignore_errors=True)
        shutil.rmtree(home, ignore_errors=True)
    assert problems == [], "\n".join(problems) + "\n" + log


# --- X11 ---------------------------------------------------------------------------------------

GRAB = ("import sys; from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); "
        "sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)")


@pytest.mark.parametrize("window_manager", [None, "openbox"])
@pytest.mark.parametrize("size", [(1366, 768), (1080, 1920)], ids=["1366x768", "1080x1920"])
def test_on_x11_the_kiosk_fills_the_screen(tmp_path, window_manager, size):
    if window_manager and shutil.which(window_manager) is None:
        pytest.skip(f"{window_manager} is not installed (scripts/setup.sh --test installs it)")
    with xvfb(*size) as display:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", KIOSK_HOME=str(tmp_path / "home"))
        env.pop("WAYLAND_DISPLAY", None)
        processes = []
        try:
            if window_manager:
                processes.append(subprocess.Popen([window_manager], env=env, start_new_session=True,
                                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            kiosk = subprocess.Popen([sys.executable, "-m", "kiosk", "run"], cwd=ROOT, env=env,
                                     start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            processes.append(kiosk)
            shot = tmp_path / "shot.png"

            def take() -> Path | None:
                grab = subprocess.run([sys.executable, "-c", GRAB, str(shot)], env=env, capture_output=True)
                return shot if grab.returncode == 0 else None

            problems = _wait_for_picture(take, lambda path: fills_the_screen(path, *size))
        finally:
            for process in reversed(processes):
                stop(process)
    log = kiosk.stdout.read().decode(errors="replace")[-3000:]
    assert problems == [], "\n".join(problems) + "\n" + log
