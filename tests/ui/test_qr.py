"""The QR code widget: built off the UI thread, painted crisp, and readable by a real decoder."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from kiosk.catalogue import load_procedure
from kiosk.takeaway import checklist_text
from ui.widgets.qr import QUIET_ZONE, QrCode, qr_image, qr_matrix

zxingcpp = pytest.importorskip("zxingcpp")

SAMPLES = ["https://www.ameli.fr", "Привіт! ☐ Паспорт\n☑ RIB", "مرحبا ameli.fr 2026"]


@pytest.fixture
def code(app, qtbot):
    widget = QrCode(accessible_name="QR code of your checklist")
    qtbot.addWidget(widget)
    widget.resize(600, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show(qtbot, widget: QrCode, text: str) -> QImage:
    with qtbot.waitSignal(widget.ready, timeout=10_000):
        widget.set_text(text)
    return widget.grab().toImage()


def decode(image: QImage) -> list[str]:
    # QR codes only, as a phone's QR reader: with every format on, zxing can also "find" a
    # 1D barcode (EAN-13) in a large code's modules, depending on the text.
    return [barcode.text for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_painted_code_decodes_to_its_text(code, qtbot, text):
    assert decode(show(qtbot, code, text)) == [text]


@pytest.mark.parametrize("lang", ["fr", "ar", "uk"])
def test_a_long_checklist_decodes_from_the_screen(code, qtbot, starter_context, lang):
    text = checklist_text(load_procedure(starter_context.db, "apres-un-deces", lang))
    assert decode(show(qtbot, code, text)) == [text]


def test_painted_modules_match_the_matrix(code, qtbot):
    image = show(qtbot, code, SAMPLES[1])
    matrix, module, rect = code.matrix(), code.module_size(), code.code_rect()
    assert matrix == qr_matrix(SAMPLES[1])
    assert module >= 2 and rect.width() == module * (len(matrix) + 2 * QUIET_ZONE)
    origin = rect.x() + QUIET_ZONE * module, rect.y() + QUIET_ZONE * module

    def dark(column: int, row: int) -> bool:
        x = int(origin[0] + column * module + module // 2)
        y = int(origin[1] + row * module + module // 2)
        return QColor(image.pixel(x, y)).lightness() < 128  # the grab is in device pixels

    painted = tuple(tuple(dark(c, r) for c in range(len(matrix))) for r in range(len(matrix)))
    assert painted == matrix
    # the quiet zone is white all round, and every pixel is pure black or pure white (no blur)
    for i in range(-QUIET_ZONE, len(matrix) + QUIET_ZONE):
        for j in (-QUIET_ZONE, -1, len(matrix), len(matrix) + QUIET_ZONE - 1):
            assert not dark(i, j) and not dark(j, i)
    inside = image.copy(rect)
    assert {QColor(inside.pixel(x, y)).lightness() for x in range(0, inside.width(), 3)
            for y in range(0, inside.height(), 3)} <= {0, 255}


def test_module_size_is_a_whole_number_that_follows_the_widget(code, qtbot):
    show(qtbot, code, SAMPLES[0])
    modules = len(code.matrix()) + 2 * QUIET_ZONE
    for side in (200, 333, 600):
        code.resize(side + 100, side)
        assert code.module_size() == side // modules
        rect = code.code_rect()
        assert rect.center().x() in range(code.width() // 2 - 2, code.width() // 2 + 2)


def test_a_white_square_stands_in_until_the_code_is_built(code, qtbot):
    code.set_text("https://www.caf.fr")
    assert not code.is_ready() and code.matrix() is None
    image = code.grab().toImage()
    assert QColor(image.pixel(300, 300)) == QColor("white")
    qtbot.waitUntil(code.is_ready)
    assert decode(code.grab().toImage()) == ["https://www.caf.fr"]


def test_only_the_last_text_is_shown(code, qtbot):
    code.set_text("first")
    code.set_text("second")
    qtbot.waitUntil(code.is_ready)
    qtbot.wait(50)  # let the first build's late result arrive too
    assert code.text() == "second" and code.matrix() == qr_matrix("second")


def test_an_empty_text_shows_nothing(code, qtbot):
    show(qtbot, code, "x")
    code.set_text("")
    assert not code.is_ready() and decode(code.grab().toImage()) == []


def test_a_framed_code_still_decodes(app, qtbot):
    widget = QrCode("https://www.caf.fr", framed=True)
    qtbot.addWidget(widget)
    widget.resize(400, 500)
    widget.show()
    qtbot.waitUntil(widget.is_ready)
    assert decode(widget.grab().toImage()) == ["https://www.caf.fr"]


def test_accessible_name(code):
    assert code.accessibleName() == "QR code of your checklist"


def test_qr_image_has_its_quiet_zone_and_whole_modules():
    matrix = qr_matrix("kiosk")
    image = qr_image(matrix, 3)
    side = (len(matrix) + 2 * QUIET_ZONE) * 3
    assert image.width() == image.height() == side
    assert QColor(image.pixel(0, 0)) == QColor("white")
    first = QUIET_ZONE * 3
    assert QColor(image.pixel(first, first)).lightness() == 0  # a finder pattern's corner
    assert decode(qr_image(matrix, 4)) == ["kiosk"]
