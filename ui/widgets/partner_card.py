"""A partner as a large card: name, whether it is open now, what it does, where, its phone."""

from __future__ import annotations

import datetime as dt
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.catalogue import PartnerView
from kiosk.hours import OpeningState, hours_on, local_time, opening_state, reading
from ui import pictograms
from ui.widgets.labels import PlainLabel
from ui.translations import qt_locale

ICON_PX = 36
#: Room each side of a text: Qt draws some mixed Arabic and Latin lines a few pixels wider than
#: it measured them, and the overhang would be cut off at the label's edge.
TEXT_SIDE_ROOM = 8
#: RIGHT-TO-LEFT MARK: makes a paragraph right-to-left even when it starts with a Latin word.
RLM = "\u200f"


def give_room(label: QLabel) -> QLabel:
    """Leave ``TEXT_SIDE_ROOM`` on both sides of a label's text (see above)."""
    label.setContentsMargins(TEXT_SIDE_ROOM, 0, TEXT_SIDE_ROOM, 0)
    return label


def has_rtl_letters(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def show_text(label: QLabel, text: str, *, rtl: bool) -> None:
    """Put ``text`` in ``label``, starting on the screen's reading side.

    Qt orders and aligns a paragraph by its first strong letter: on an Arabic screen an Arabic
    sentence that starts with "CAF" would read left to right, and a French name or a phone number
    would sit on the left, away from its pictogram. So on a right-to-left screen every text is
    aligned to the right, and a text with right-to-left letters gets a right-to-left paragraph;
    a French name, a phone number or a text not translated yet keeps its own order.
    """
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    label.setText(RLM + text if rtl and has_rtl_letters(text) else text)


def shown_text(label: QLabel) -> str:
    """What ``label`` says, without the direction mark."""
    return label.text().removeprefix(RLM)


class IconLine(QFrame):
    """A pictogram before a wrapped plain text; mirrors with the layout direction."""

    def __init__(self, pictogram: str, text: str = "", *, object_name: str | None = None,
                 margins: int = 0, icon_px: int = ICON_PX, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name or "IconLine")
        self._icon_px = icon_px
        self._icon = QLabel()
        self._icon.setFixedSize(icon_px, icon_px)
        self._text = give_room(PlainLabel(text))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(margins, margins // 2, margins, margins // 2)
        layout.setSpacing(6)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._text, 1)
        self.set_pictogram(pictogram)

    def set_pictogram(self, pictogram: str) -> None:
        self._icon.setPixmap(pictograms.pixmap(pictogram, self._icon_px, ratio=self.devicePixelRatioF()))

    def set_text(self, text: str, *, rtl: bool) -> None:
        show_text(self._text, text, rtl=rtl)

    def text(self) -> str:
        return shown_text(self._text)


class PartnerCard(QFrame):
    """One partner, read at a glance: the opening-hours line is computed for ``now``.

    Catalogue text is shown through PlainLabel only. The staff's ``to_check`` sentences are never
    shown: the resident only learns that the details are being checked.
    """

    def __init__(self, partner: PartnerView, lang: str, now: dt.datetime, *, rtl: bool = False,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("PartnerCard")
        self.partner = partner
        self._lang = lang
        self._rtl = rtl
        self._name = give_room(PlainLabel(object_name="PartnerName"))
        self._hours = IconLine("clock", margins=12)
        self._today = give_room(PlainLabel(object_name="Muted"))
        self._comment = give_room(PlainLabel(object_name="Muted"))
        self._description = give_room(PlainLabel())
        self._address = IconLine("location")
        self._phone = IconLine("phone")
        self._check = IconLine("info", object_name="CheckNote", margins=12)

        show_text(self._name, partner.name, rtl=rtl)
        show_text(self._description, partner.description.text, rtl=rtl)
        self._address.set_text(partner.address, rtl=rtl)
        self._phone.set_text(partner.telephone, rtl=rtl)
        self._check.set_text(self.tr("We are still checking these details. Please ask at the reception."), rtl=rtl)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 24, 20, 24)
        layout.setSpacing(14)
        layout.addWidget(self._name)
        layout.addWidget(self._hours)
        layout.addWidget(self._today)
        layout.addWidget(self._comment)
        layout.addWidget(self._description)
        layout.addWidget(self._address)
        layout.addWidget(self._phone)
        layout.addWidget(self._check)
        layout.addStretch(1)

        self._description.setVisible(bool(partner.description.text))
        self._address.setVisible(bool(partner.address))
        self._phone.setVisible(bool(partner.telephone))
        self._check.setVisible(bool(partner.to_check))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(partner.name)
        self.set_highlighted(False)
        self.show_time(now)

    # --- what the card shows ------------------------------------------------------------------

    def show_time(self, now: dt.datetime) -> None:
        """Compute the opening-hours line again for ``now`` (naive UTC, the context clock)."""
        partner = self.partner
        state = opening_state(partner.opening_hours, now)
        if state is None:
            # Not in opening_hours syntax: the published text as written, or an honest "not known".
            raw = partner.opening_hours_text or partner.opening_hours
            self._set_hours("HoursText", raw or self.tr("Opening hours not known"))
            self._today.hide()
            self._comment.hide()
            return
        kind = {True: "HoursOpen", False: "HoursClosed", None: "HoursUnknown"}[state.is_open]
        self._set_hours(kind, self.state_sentence(state))
        today = reading(hours_on(partner.opening_hours, local_time(now).date()) or ())
        show_text(self._today, self.tr("Today: {hours}").format(hours=today), rtl=self._rtl)
        self._today.setVisible(bool(today))
        show_text(self._comment, state.comment, rtl=self._rtl)
        self._comment.setVisible(bool(state.comment))

    def state_sentence(self, state: OpeningState) -> str:
        """"Open now — closes at 12:00", "Closed now — opens Monday at 09:00", ..."""
        change = state.next_change
        if state.is_open is None:
            return self.tr("We do not know if it is open now")
        if state.is_open:
            if change is None or change.is_open is not False:
                return self.tr("Open now")
            sentences = {
                "today": self.tr("Open now — closes at {time}"),
                "tomorrow": self.tr("Open now — closes tomorrow at {time}"),
                "weekday": self.tr("Open now — closes {day} at {time}"),
                "date": self.tr("Open now — closes on {date} at {time}"),
            }
        else:
            if change is None or change.is_open is not True:
                return self.tr("Closed now")
            sentences = {
                "today": self.tr("Closed now — opens at {time}"),
                "tomorrow": self.tr("Closed now — opens tomorrow at {time}"),
                "weekday": self.tr("Closed now — opens {day} at {time}"),
                "date": self.tr("Closed now — opens on {date} at {time}"),
            }
        when, values = self._when(change.at, change.days_ahead)
        return sentences[when].format(**values)

    def hours_text(self) -> str:
        """The opening-hours line as shown."""
        return self._hours.text()

    def hours_kind(self) -> str:
        """HoursOpen, HoursClosed, HoursUnknown, or HoursText (the published text, or "not known")."""
        return self._hours.objectName()

    def today_text(self) -> str:
        return shown_text(self._today) if self._today.isVisibleTo(self) else ""

    def shows_check_note(self) -> bool:
        return self._check.isVisibleTo(self)

    def set_highlighted(self, highlighted: bool) -> None:
        self.setProperty("highlighted", highlighted)
        self.style().unpolish(self)
        self.style().polish(self)

    # --- internals ----------------------------------------------------------------------------

    def _set_hours(self, kind: str, text: str) -> None:
        if self._hours.objectName() != kind:
            self._hours.setObjectName(kind)
            self._repolish(self._hours)
        self._hours.set_text(text, rtl=self._rtl)

    def _when(self, at: dt.datetime, days_ahead: int) -> tuple[str, dict[str, str]]:
        # Times in 24-hour digits 0-9 in every language, as on the centre's own signs.
        locale = qt_locale(self._lang)
        values = {"time": f"{at:%H:%M}"}
        if days_ahead == 1 and at.time() == dt.time(0):
            return "today", {"time": "24:00"}  # midnight tonight, not "tomorrow at 00:00"
        if days_ahead <= 0:
            return "today", values
        if days_ahead == 1:
            return "tomorrow", values
        if days_ahead < 7:
            return "weekday", values | {"day": locale.dayName(at.isoweekday())}
        return "date", values | {"date": f"{at.day} {locale.monthName(at.month)}"}

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        for each in [widget, *widget.findChildren(QWidget)]:
            each.style().unpolish(each)
            each.style().polish(each)
