"""The checklist a resident takes away on a phone: plain text that fits one QR code.

The QR code holds the text itself, not a link, so that the phone needs no internet to show it.
A phone camera reads a code comfortably from the kiosk's screen up to QR version 28 at error
correction M (129 modules, 1,190 bytes), so the text is kept under ``BUDGET`` bytes of UTF-8.
Arabic and Ukrainian letters take two bytes each, so the text is shortened step by step until
it fits. Steps and notes never go beyond their first sentence; then the least important parts
go first, in this order:

1. the notes of the documents (the screen and the printed handout keep them);
2. the steps, shortened evenly at a word boundary with an ellipsis, down to ``MIN_STEP_BYTES``;
3. the steps from the last one backwards, replaced by one "…" line;
4. the titles of the documents, then the procedure's title, shortened with an ellipsis;
5. whatever still does not fit is cut at a word boundary (only a broken catalogue gets here).

The procedure's title, every document's title, the official address and the line saying what the
text was checked against (the main source's site and page date) are kept in full whenever they fit
on their own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from kiosk.catalogue import ProcedureView

#: At most this many bytes of UTF-8 in the checklist QR code (fits version 28-M, 1,190 bytes).
BUDGET = 1_180
#: A step is never shortened below this many bytes; steps are dropped instead.
MIN_STEP_BYTES = 60
ELLIPSIS = "\u2026"
BOX_EMPTY = "\u2610"    # ☐
BOX_TICKED = "\u2611"   # ☑
#: Puts a line whose first letter is Latin ("CAF", "ameli.fr") the right way round in an
#: Arabic text: phones choose each line's direction from its first strong letter.
RLM = "\u200f"


@dataclass(frozen=True)
class Labels:
    """The few words of the checklist that are not catalogue text, in one language."""

    documents: str
    steps: str
    website: str
    checked_against: str   # with {site} and {date}: the main source's site and its page's date
    checked_site: str      # with {site}: when the page gives no date
    optional: str


#: Machine-assisted for ar, tr, uk, ru, prs, ps and ti: to be reviewed with the catalogue's translations.
LABELS = {
    "fr": Labels("Documents à réunir :", "Étapes :", "Site officiel :", "Vérifié sur {site} (page du {date})",
                 "Vérifié sur {site}", "(si besoin)"),
    "en": Labels("Documents to gather:", "Steps:", "Official website:", "Checked against {site} (page of {date})",
                 "Checked against {site}", "(if needed)"),
    "ar": Labels("الوثائق المطلوبة:", "الخطوات:", "الموقع الرسمي:", "تم التحقق عبر موقع {site} (صفحة بتاريخ {date})",
                 "تم التحقق عبر موقع {site}", "(عند الحاجة)"),
    "tr": Labels("Hazırlanacak belgeler:", "Adımlar:", "Resmî site:", "{site} ile karşılaştırıldı ({date} tarihli sayfa)",
                 "{site} ile karşılaştırıldı", "(gerekirse)"),
    "uk": Labels("Документи, які треба зібрати:", "Кроки:", "Офіційний сайт:", "Звірено з {site} (сторінка від {date})",
                 "Звірено з {site}", "(якщо потрібно)"),
    "ru": Labels("Документы, которые нужно собрать:", "Шаги:", "Официальный сайт:", "Сверено с {site} (страница от {date})",
                 "Сверено с {site}", "(если нужно)"),
    "prs": Labels("اسناد لازم:", "مراحل:", "ویب‌سایت رسمی:", "بررسی شده با {site} (صفحهٔ تاریخ {date})",
                  "بررسی شده با {site}", "(در صورت ضرورت)"),
    "ps": Labels("اړین اسناد:", "ګامونه:", "رسمي ویب‌پاڼه:", "له {site} سره وکتل شو (د {date} پاڼه)",
                 "له {site} سره وکتل شو", "(که اړتیا وي)"),
    "ti": Labels("ዘድልዩ ሰነዳት:", "ስጉምትታት:", "ወግዓዊ መርበብ:", "ምስ {site} ተረጋጊጹ (ገጽ ናይ {date})",
                 "ምስ {site} ተረጋጊጹ", "(እንተ ኣድልዩ)"),
}

_SENTENCE_END = re.compile(r"(?<=[.!?\u061f])\s+(?=\S)")


def checklist_text(view: ProcedureView, ticked: set[str] | frozenset[str] | None = None, *,
                   budget: int = BUDGET) -> str:
    """The procedure's checklist as plain text for a phone, under ``budget`` bytes of UTF-8.

    Args:
        view: the procedure, in the resident's language.
        ticked: slugs of the documents the resident already has; they are shown ticked.
        budget: the most bytes of UTF-8 the text may take.

    Returns:
        The title, the documents with tick boxes, the numbered steps, the official address and
        what the text was checked against (``checked_line``), one item a line.
    """
    ticked = ticked or set()
    lang = view.title.lang
    labels = LABELS.get(lang, LABELS["en"])
    full = _Checklist(
        title=view.title.text.strip(),
        documents=tuple(
            _Document(
                mark=BOX_TICKED if item.document.slug in ticked else BOX_EMPTY,
                title=item.document.title.text.strip(),
                note=first_sentence(item.note.text),
                optional=item.optional,
            )
            for item in view.checklist
        ),
        steps=tuple(first_sentence(step.text.text) for step in view.steps),
        website=view.online_service,
        checked=checked_line(view, labels),
        labels=labels,
        rtl=is_right_to_left(view),
    )
    for candidate in _shorter_and_shorter(full, budget):
        text = candidate.render()
        if _size(text) <= budget:
            return text
    return shorten(text, budget)


def checked_line(view: ProcedureView, labels: Labels) -> str:
    """"Vérifié sur service-public.fr (page du 12/03/2026)": the main source's site and page date.

    Only the site when the page gives no date; nothing when the procedure has no source.
    """
    if not view.source_site:
        return ""
    if view.page_date is None:
        return labels.checked_site.format(site=view.source_site)
    return labels.checked_against.format(site=view.source_site, date=view.page_date.strftime("%d/%m/%Y"))


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (the whole text when it has one sentence).

    A question leads into its answer ("No account? Create one."), so it keeps the next sentence.
    """
    sentences = _SENTENCE_END.split(" ".join(text.split()))
    kept = sentences[0]
    for sentence in sentences[1:]:
        if not kept.endswith(("?", "\u061f")):
            break
        kept += " " + sentence
    return kept


def display_address(url: str) -> str:
    """A web address as a person would type it: ``https://www.caf.fr/`` reads ``www.caf.fr``."""
    for scheme in ("https://", "http://"):
        if url.startswith(scheme):
            url = url[len(scheme):]
            break
    return url.rstrip("/")


def shorten(text: str, max_bytes: int) -> str:
    """``text`` cut to at most ``max_bytes`` of UTF-8, at a word boundary, ending in an ellipsis.

    A single word longer than that is cut inside, still with the ellipsis.
    """
    if _size(text) <= max_bytes:
        return text
    room = max_bytes - _size(ELLIPSIS)
    if room <= 0:
        return ""
    kept = text.encode("utf-8")[:room].decode("utf-8", errors="ignore")
    if not text[len(kept):len(kept) + 1].isspace():
        at_space = kept.rstrip().rfind(" ")
        if at_space > 0:
            kept = kept[:at_space]
    return kept.rstrip(" ,;:.-\u060c\u061b") + ELLIPSIS


def is_right_to_left(view: ProcedureView) -> bool:
    """Whether the procedure's texts are mostly in a right-to-left script (Arabic, Hebrew...)."""
    sample = view.title.text + "".join(item.document.title.text for item in view.checklist)
    directions = [unicodedata.bidirectional(ch) for ch in sample]
    return directions.count("R") + directions.count("AL") > directions.count("L")


# --- internals -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Document:
    mark: str
    title: str
    note: str
    optional: bool


@dataclass(frozen=True)
class _Checklist:
    title: str
    documents: tuple[_Document, ...]
    steps: tuple[str, ...]
    website: str
    checked: str
    labels: Labels
    rtl: bool
    more_steps: bool = False

    def render(self) -> str:
        lines = [self.title]
        if self.documents:
            lines += ["", self.labels.documents]
            for doc in self.documents:
                line = f"{doc.mark} {doc.title}"
                if doc.optional:
                    line += f" {self.labels.optional}"
                if doc.note:
                    line += f" \u2014 {doc.note}"
                lines.append(line)
        if self.steps:
            lines += ["", self.labels.steps]
            lines += [f"{number}. {step}" for number, step in enumerate(self.steps, 1)]
            if self.more_steps:
                lines.append(ELLIPSIS)
        if self.website or self.checked:
            lines.append("")
        if self.website:
            lines += [self.labels.website, self.website]
        if self.checked:
            lines.append(self.checked)
        if self.rtl:
            lines = [RLM + line if _starts_left_to_right(line) and not _is_address(line) else line
                     for line in lines]
        return "\n".join(lines)


def _shorter_and_shorter(full: _Checklist, budget: int):
    """Ever shorter versions of the checklist, in the order the module docstring states."""
    yield full
    # 1. no notes
    current = replace(full, documents=tuple(replace(d, note="") for d in full.documents))
    yield current
    # 2. steps shortened evenly: the longest cap that fits, found by bisection
    if current.steps:
        longest = max(_size(step) for step in current.steps)
        floor = min(MIN_STEP_BYTES, longest)

        def capped(cap: int) -> _Checklist:
            return replace(current, steps=tuple(shorten(step, cap) for step in current.steps))

        if _size(capped(floor).render()) <= budget:
            low, high = floor, longest  # capped(low) fits, capped(high) does not
            while high - low > 1:
                middle = (low + high) // 2
                low, high = (middle, high) if _size(capped(middle).render()) <= budget else (low, middle)
            yield capped(low)
        current = capped(floor)
        # 3. steps dropped from the last one
        for keep in range(len(current.steps) - 1, -1, -1):
            yield replace(current, steps=current.steps[:keep], more_steps=True)
        current = replace(current, steps=(), more_steps=False)
    # 4. document titles, then the title, shortened
    for cap in (120, 80, 50, 30):
        current = replace(current, documents=tuple(replace(d, title=shorten(d.title, cap))
                                                   for d in current.documents))
        yield current
    for cap in (200, 120, 60):
        current = replace(current, title=shorten(current.title, cap))
        yield current


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def _starts_left_to_right(line: str) -> bool:
    for ch in line:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return False
        if direction == "L":
            return True
    return False


def _is_address(line: str) -> bool:
    return line.startswith(("http://", "https://"))
