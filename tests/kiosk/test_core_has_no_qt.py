"""kiosk/ never imports Qt (DESIGN.md section 2, STYLE.md practice 1)."""

import subprocess
import sys
from pathlib import Path

import kiosk


def test_importing_every_core_module_loads_no_qt():
    modules = sorted(
        "kiosk." + ".".join(path.relative_to(Path(kiosk.__file__).parent).with_suffix("").parts)
        for path in Path(kiosk.__file__).parent.rglob("*.py")
        if path.name not in ("__init__.py", "__main__.py")
    )
    assert "kiosk.cli" in modules and "kiosk.search" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
