"""Bad input to ``kiosk import fiche``: one clear sentence, and nothing imported."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk import models as m
from kiosk.context import open_context
from kiosk.errors import KioskError
from kiosk.importers import import_fiches
from kiosk.importers import sources
from kiosk.importers.dila import MAX_DEPTH
from kiosk.publish import export_content
from tests.conftest import NOW
from tests.kiosk.test_import_fiches import FICHES, fiche_xml

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE Publication [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<Publication ID="F1"><dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">&lol9;</dc:title></Publication>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE Publication [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Publication ID="F1"><dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">&secret;</dc:title></Publication>"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE Publication SYSTEM "http://example.org/evil.dtd">
<Publication ID="F1"/>"""


@pytest.fixture
def kiosk(home):
    context = open_context(home, clock=lambda: NOW)
    yield context
    context.close()


def refused(context, path: Path) -> str:
    """The sentence ``import_fiches`` refuses ``path`` with, having checked it changed nothing."""
    before = export_content(context.db)
    with pytest.raises(KioskError) as caught:
        import_fiches(context, path)
    assert export_content(context.db) == before
    with context.db.session() as session:
        assert session.scalar(select(func.count()).select_from(m.FicheReview)) == 0
    message = str(caught.value)
    assert "\n" not in message and message.endswith(".")
    return message


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("data, words", [
    (b"<Publication ID='F1'><unclosed></Publication>", "is not well-formed XML"),
    (b"", "is not well-formed XML"),
    (b"\xff\xfe\x00garbage", "is not well-formed XML"),
    (BILLION_LAUGHS, "declares a DTD or entities"),
    (EXTERNAL_ENTITY, "declares a DTD or entities"),
    (EXTERNAL_DTD, "declares a DTD or entities"),
    (b"<Fiche ID='F1'/>", "its root element is <Fiche>, not <Publication>"),
    (b"<html><body>Not found</body></html>", "its root element is <html>"),
    (fiche_xml("F1", schema="../Schemas/4.0/Publication.xsd"), "a version of DILA's schema this kiosk does not read"),
    (fiche_xml("F1", schema="http://example.org/other.xsd"), "a version of DILA's schema this kiosk does not read"),
    (fiche_xml("N358"), "is not a fiche pratique (its ID is 'N358'"),
    (fiche_xml("F1", title=""), "has no title"),
    (fiche_xml("F1", body="<Texte>" * (MAX_DEPTH + 1) + "</Texte>" * (MAX_DEPTH + 1)), "nested more than"),
])
def test_a_bad_fiche_is_refused_whole(kiosk, tmp_path, data, words):
    message = refused(kiosk, write(tmp_path, "F1.xml", data))
    assert message.startswith("F1.xml ") and words in message and "nothing was imported" in message


def test_a_missing_path_or_a_folder_without_fiches(kiosk, tmp_path):
    assert "does not exist" in refused(kiosk, tmp_path / "nowhere.xml")
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "readme.txt").write_text("hello")
    assert "There is no fiche" in refused(kiosk, tmp_path / "empty")


def test_a_file_too_large_to_be_a_fiche(kiosk, tmp_path):
    big = fiche_xml("F1", body="<Texte>" + "<Paragraphe>x</Paragraphe>" * 300_000 + "</Texte>")
    assert len(big) > sources.MAX_FILE_BYTES // 10
    assert "is larger than 5 MB" in refused(kiosk, write(tmp_path, "F1.xml", big))


def test_a_folder_with_one_bad_fiche_imports_nothing(kiosk, tmp_path):
    folder = tmp_path / "fiches"
    folder.mkdir()
    for path in FICHES.glob("F*.xml"):
        write(folder, path.name, path.read_bytes())
    write(folder, "F2.xml", BILLION_LAUGHS)
    message = refused(kiosk, folder)
    assert message.startswith("F2.xml in fiches declares a DTD or entities")


# --- zips ----------------------------------------------------------------------------------------


def make_zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def good_members() -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in FICHES.glob("F*.xml")}


@pytest.mark.parametrize("evil", ["../F1.xml", "fiches/../../F1.xml", "/tmp/F1.xml", "C:/F1.xml",
                                  "..\\F1.xml"])
def test_a_zip_whose_paths_leave_its_folder(kiosk, tmp_path, evil):
    path = make_zip(tmp_path / "evil.zip", {**good_members(), evil: fiche_xml("F1")})
    assert "holds a file whose path leaves its folder" in refused(kiosk, path)


def test_a_zip_bomb(kiosk, tmp_path):
    """A member that expands past the cap of a fiche: reading stops there."""
    bomb = b"<Publication>" + b" " * (sources.MAX_FILE_BYTES // 8)
    path = make_zip(tmp_path / "bomb.zip", {**good_members(), "F1.xml": bomb})
    assert path.stat().st_size < 200_000
    assert "F1.xml in bomb.zip is larger than 5 MB" in refused(kiosk, path)


def test_a_zip_bomb_that_lies_about_its_sizes(kiosk, tmp_path):
    """Declared sizes are never trusted: a member claiming 100 bytes is read and found out."""
    path = make_zip(tmp_path / "liar.zip", {"F1.xml": b"<Publication>" + b" " * 10_000_000})
    raw = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # local, central headers
        at = raw.find(signature)
        raw[at + offset:at + offset + 4] = struct.pack("<I", 100)
    path.write_bytes(bytes(raw))
    assert zipfile.ZipFile(path).infolist()[0].file_size == 100
    message = refused(kiosk, path)
    assert message.startswith("F1.xml in liar.zip ")


def test_a_zip_expanding_without_bound(kiosk, tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_TOTAL_BYTES", 60_000)
    path = make_zip(tmp_path / "many.zip", good_members())
    assert "many.zip expands to more than" in refused(kiosk, path)


def test_a_zip_with_too_many_files(kiosk, tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_MEMBERS", 3)
    path = make_zip(tmp_path / "many.zip", good_members())
    assert "many.zip has more than 3 files" in refused(kiosk, path)


def test_a_zip_with_one_bad_fiche_imports_nothing(kiosk, tmp_path):
    path = make_zip(tmp_path / "fiches.zip", {**good_members(), "F9.xml": b"<Fiche/>"})
    assert refused(kiosk, path).startswith("F9.xml in fiches.zip is not a service-public.fr fiche")


def test_a_damaged_zip(kiosk, tmp_path):
    assert "is not a readable zip file" in refused(kiosk, write(tmp_path, "fiches.zip", b"PK\x03\x04 no"))
    path = make_zip(tmp_path / "cut.zip", good_members())
    write(tmp_path, "cut.zip", path.read_bytes()[:-200])
    assert "cut.zip" in refused(kiosk, tmp_path / "cut.zip")
