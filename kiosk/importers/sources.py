"""Reading what an import is given, within bounds: one file, the files of a folder, a zip's members.

Nothing here trusts a size a file declares. Files are read in chunks and refused past a cap; a
zip is refused whole when it has too many members, a member whose path leaves its folder
(absolute, a drive letter, ".."), or members that expand past the caps as they are read (zip
bombs declare false sizes). Members are read into memory one at a time, never written to disk,
so nothing in a zip can land outside it.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from kiosk.errors import KioskError

#: Largest single file read (a fiche is 10-100 kB; a data·inclusion export of a département, a few MB).
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Largest single fiche (XML) read.
MAX_FICHE_BYTES = 5 * 1024 * 1024
#: At most this many files in a folder or members in a zip (the whole dataset has about 10,000).
MAX_MEMBERS = 20_000
#: At most this many bytes read from all the members of a zip or files of a folder together.
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Member:
    """A file to import: its name (as shown to the assistant) and its bytes."""

    name: str
    data: bytes


def read_file(path: Path, cap: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``, refused past ``cap`` bytes.

    Raises:
        KioskError: missing, unreadable, or too large.
    """
    try:
        # Opened without blocking and checked before any read: a FIFO or a device in place of the
        # file is refused at once instead of waiting for ever.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(descriptor, "rb") as file:
            mode = os.fstat(descriptor).st_mode
            if stat.S_ISDIR(mode):
                raise IsADirectoryError
            if not stat.S_ISREG(mode):
                raise KioskError(f"{path} is not a file; nothing was imported.")
            return _read_capped(file, cap, path.name)
    except FileNotFoundError:
        raise KioskError(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise KioskError(f"{path} is a folder, not a file.") from None
    except OSError as error:
        raise KioskError(f"{path} cannot be read ({error.strerror or error}).") from None


def _read_capped(file: BinaryIO, cap: int, name: str) -> bytes:
    chunks, size = [], 0
    while chunk := file.read(_CHUNK):
        size += len(chunk)
        if size > cap:
            raise KioskError(f"{name} is larger than {cap // (1024 * 1024)} MB, "
                             "more than such a file ever is; nothing was imported.")
        chunks.append(chunk)
    return b"".join(chunks)


def is_zip(path: Path) -> bool:
    return path.is_file() and (path.suffix.lower() == ".zip" or zipfile.is_zipfile(path))


def folder_files(folder: Path, pattern: re.Pattern[str]) -> tuple[list[Path], list[str]]:
    """The files of ``folder`` (not its subfolders) whose names match ``pattern``, sorted, and the
    names of the other files.

    Raises:
        KioskError: the folder cannot be listed or has more than ``MAX_MEMBERS`` files.
    """
    try:
        entries = sorted(folder.iterdir())
    except OSError as error:
        raise KioskError(f"The folder {folder} cannot be read ({error.strerror or error}).") from None
    if len(entries) > MAX_MEMBERS:
        raise KioskError(f"The folder {folder} has more than {MAX_MEMBERS} files; "
                         "import it in parts.")
    matching = [entry for entry in entries if entry.is_file() and pattern.fullmatch(entry.name)]
    others = [entry.name for entry in entries if entry.is_file() and not pattern.fullmatch(entry.name)]
    return matching, others


def read_folder(files: list[Path], cap: int) -> Iterator[Member]:
    """Each of ``files`` read with ``cap``, stopping once all of them pass ``MAX_TOTAL_BYTES``."""
    total = 0
    for path in files:
        data = read_file(path, cap)
        total += len(data)
        if total > MAX_TOTAL_BYTES:
            raise KioskError(f"The files of {path.parent} add up to more than "
                             f"{MAX_TOTAL_BYTES // (1024 * 1024)} MB; nothing was imported.")
        yield Member(path.name, data)


def read_zip(path: Path, pattern: re.Pattern[str], cap: int) -> tuple[list[str], list[str], Iterator[Member]]:
    """The members of the zip at ``path`` whose file names match ``pattern``: their names, the
    names of the other members, and the members themselves, read one at a time with ``cap``.

    The zip's table of contents is checked at once; members are read as the iterator is.

    Raises:
        KioskError: not a readable zip, too many members, a path leaving the zip's folder (at
            once); an encrypted or damaged member, or members expanding past the caps (while
            reading).
    """
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise KioskError(f"{path} does not exist.") from None
    except (zipfile.BadZipFile, OSError) as error:
        raise KioskError(f"{path.name} is not a readable zip file ({error}).") from None
    try:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise KioskError(f"{path.name} has more than {MAX_MEMBERS} files; "
                             "nothing was imported.")
        for info in infos:
            if _leaves_folder(info.filename):
                raise KioskError(f"{path.name} holds a file whose path leaves its folder "
                                 f"({info.filename[:100]!r}); nothing was imported.")
    except BaseException:
        archive.close()
        raise
    files = [info for info in infos if not info.is_dir()]
    wanted = [info for info in files if pattern.fullmatch(PurePosixPath(info.filename).name)]
    others = [info.filename for info in files if not pattern.fullmatch(PurePosixPath(info.filename).name)]

    def members() -> Iterator[Member]:
        with archive:
            total = 0
            for info in wanted:
                data = _read_member(archive, info, path.name, cap)
                total += len(data)
                if total > MAX_TOTAL_BYTES:
                    raise KioskError(f"{path.name} expands to more than "
                                     f"{MAX_TOTAL_BYTES // (1024 * 1024)} MB; nothing was imported.")
                yield Member(info.filename, data)

    return [info.filename for info in wanted], others, members()


def _leaves_folder(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return (name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) is not None
            or ".." in parts or "\x00" in name)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, zip_name: str, cap: int) -> bytes:
    try:
        with archive.open(info) as file:
            return _read_capped(file, cap, f"{info.filename} in {zip_name}")
    except RuntimeError as error:  # an encrypted member
        raise KioskError(f"{info.filename} in {zip_name} cannot be read ({error}); "
                         "nothing was imported.") from None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as error:
        raise KioskError(f"{info.filename} in {zip_name} is damaged ({error}); "
                         "nothing was imported.") from None
