"""How much one import reads and how long a feed may take. A file or feed that never ends, a zip bomb or
a server that trickles a byte at a time stops at a limit, with a sentence naming it and how to raise it,
instead of filling the memory or hanging."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from app.errors import InvalidInput
from app.i18n import QT_TRANSLATE_NOOP, translate

MB = 1_000_000
_CHUNK = 1 << 20
_UNITS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "m": MB, "mb": MB, "g": 1000 * MB, "gb": 1000 * MB}


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 100 * MB  # everything one import reads: a file, a package's tables unzipped, a feed's pages
    seconds: float = 600.0  # a feed's whole download, every page of it
    read_seconds: float = 30.0  # the longest wait for a server to send anything at all


# What grew too large, by what was read: a file, a zip's tables, a folder's tables, a feed's pages.
TOO_LARGE = {
    "file": QT_TRANSLATE_NOOP("directory", "{name} holds more than {size}, the most one import reads, so nothing "
                              "was imported; to allow more, run linkwell directory import with a larger --max-size."),
    "zip": QT_TRANSLATE_NOOP("directory", "{name} unzips to more than {size}, the most one import reads, so nothing "
                             "was imported; to allow more, run linkwell directory import with a larger --max-size."),
    "folder": QT_TRANSLATE_NOOP("directory", "The files of {name} hold more than {size}, the most one import reads, so "
                                "nothing was imported; to allow more, run linkwell directory import with a larger "
                                "--max-size."),
    "feed": QT_TRANSLATE_NOOP("directory", "The feed at {name} sent more than {size}, the most one import reads, so "
                              "nothing was imported; to allow more, run linkwell directory import with a larger "
                              "--max-size."),
}


class TooLarge(InvalidInput):
    def __init__(self, kind: str, name: object, limit: int) -> None:
        """``kind``: one of ``TOO_LARGE``; ``name``: the file, zip, folder or feed."""
        super().__init__(translate("directory", TOO_LARGE[kind]).format(name=name, size=size_text(limit)))


class TooSlow(InvalidInput):
    def __init__(self, url: str, seconds: float) -> None:
        super().__init__(translate("directory", "The feed at {url} did not finish within {duration}, so nothing was "
                                   "imported; to wait longer, run linkwell directory import with a larger --timeout.")
                         .format(url=url, duration=_duration(seconds)))


class Readable(Protocol):
    def read(self, size: int, /) -> bytes: ...


class Allowance:
    """The bytes one import may still read, shared by every file, table or page it reads."""

    def __init__(self, limits: Limits) -> None:
        self.limit = limits.max_bytes
        self.left = limits.max_bytes

    def read(self, stream: Readable, kind: str, name: object) -> bytearray:
        """All of ``stream`` in chunks, or ``TooLarge`` (of ``kind`` for ``name``) past the allowance."""
        data = bytearray()
        while chunk := stream.read(min(_CHUNK, self.left + 1 - len(data))):
            data += chunk
            if len(data) > self.left:
                raise TooLarge(kind, name, self.limit)
        self.left -= len(data)
        return data


def size_text(n: int) -> str:
    for unit, scale in (("GB", 1000 * MB), ("MB", MB), ("kB", 1000)):
        if n >= scale:
            return f"{n / scale:g} {unit}"
    return translate("directory", "{count} bytes").format(count=n)


def parse_size(text: str) -> int:
    """``200MB``, ``1.5 GB``, ``500k`` or a number of bytes."""
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", text)
    scale = _UNITS.get(found[2].lower()) if found else None
    if found is None or scale is None or float(found[1]) * scale < 1:
        raise InvalidInput(translate("directory", "{text} is not a size; give one such as 200MB or 1GB.").format(text=repr(text)))
    return int(float(found[1]) * scale)


def _duration(seconds: float) -> str:
    if seconds >= 60 and seconds % 60 == 0:
        minutes = int(seconds // 60)
        said = translate("directory", "{count} minute") if minutes == 1 else translate("directory", "{count} minutes")
        return said.format(count=minutes)
    said = translate("directory", "{count} second") if seconds == 1 else translate("directory", "{count} seconds")
    return said.format(count=f"{seconds:g}")
