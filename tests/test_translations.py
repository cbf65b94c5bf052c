"""The Welsh translations: complete, current with the code, and faithful to each string's placeholders.

``pyside6-lupdate`` re-reads the sources into a scratch copy of every ``.ts`` file: a string in the
code that no ``.ts`` file translates (new, or changed since) fails here, as does an unfinished entry.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import i18n

ROOT = Path(__file__).resolve().parents[1]
WELSH = ROOT / "resources" / "i18n" / "cy"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
TAG = re.compile(r"</?[a-z]+[^>]*>")


def _entries(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))  # type: ignore[misc]
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _ts_files() -> list[Path]:
    return sorted(WELSH.glob("*.ts"))


def test_there_is_a_welsh_file_for_every_part_of_the_code() -> None:
    areas = re.findall(r"^(?:AREAS=\")?(\w+):", (ROOT / "scripts" / "translations.sh").read_text(), re.MULTILINE)
    assert areas and {f"{area}.ts" for area in areas} | {"qtbase.ts"} == {path.name for path in _ts_files()}


@pytest.mark.parametrize("path", _ts_files(), ids=lambda path: path.name)
def test_no_entry_is_unfinished(path: Path) -> None:
    unfinished = [(context, source) for context, source, done in _entries(path)
                  if done is None or done.get("type") == "unfinished" or not (done.text or "").strip()]
    assert unfinished == []


@pytest.mark.parametrize("path", _ts_files(), ids=lambda path: path.name)
def test_each_translation_keeps_its_placeholders_tags_and_one_alt_letter(path: Path) -> None:
    wrong = []
    for context, source, done in _entries(path):
        text = (done.text or "") if done is not None else ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append((context, source, text, "placeholders"))
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            wrong.append((context, source, text, "tags"))
        if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
            wrong.append((context, source, text, "Alt letter"))
    assert wrong == []


def test_every_string_in_the_code_has_a_welsh_entry(tmp_path: Path) -> None:
    scratch = tmp_path / "cy"
    shutil.copytree(WELSH, scratch)
    script = (ROOT / "scripts" / "translations.sh").read_text()
    for area, sources in re.findall(r"^(?:AREAS=\")?(\w+):([^\"\n]*)\"?$", script, re.MULTILINE):
        paths = [str(p.relative_to(ROOT)) for pattern in sources.split() for p in sorted(ROOT.glob(pattern))]
        subprocess.run([str(LUPDATE), "-silent", "-extensions", "py", "-locations", "none", "-target-language", "cy", *paths,
                        "-ts", str(scratch / f"{area}.ts")], cwd=ROOT, check=True)
    missing = [(path.name, context, source) for path in sorted(scratch.glob("*.ts"))
               for context, source, done in _entries(path) if done is not None and done.get("type") == "unfinished"]
    assert missing == []


def test_the_core_reads_welsh_without_qt_and_falls_back_to_english() -> None:
    welsh = i18n.catalogue("cy")
    assert welsh[("QPlatformTheme", "Cancel")] == "Canslo"
    try:
        i18n.use_language("cy")
        assert i18n.translate("QPlatformTheme", "Cancel") == "Canslo"
        assert i18n.translate("nowhere", "A sentence no file has") == "A sentence no file has"
    finally:
        i18n.use_language("en")
    assert i18n.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_chosen_language_is_kept_for_the_next_start() -> None:
    assert i18n.saved_language() in i18n.LANGUAGES
    i18n.save_language("cy")
    assert i18n.saved_language() == "cy"
    i18n.save_language("en")
    assert i18n.saved_language() == "en"
    with pytest.raises(ValueError):
        i18n.save_language("fr")


def test_short_dates_read_as_before_in_english_and_in_welsh_words_in_cymraeg() -> None:
    from datetime import date, datetime

    days = [date(2026, month, 4) for month in range(1, 13)]
    assert [i18n.short_date(day) for day in days] == [f"{day:%d-%b-%Y}" for day in days]
    moment = datetime(2026, 11, 22, 9, 5, 7)
    assert i18n.short_date(moment, time=True) == "22-Nov-2026 09:05"
    try:
        i18n.use_language("cy")
        assert i18n.short_date(moment, time=True, seconds=True) == "22-Tach-2026 09:05:07"
        assert i18n.short_date(date(2026, 8, 1)) == "01-Awst-2026"
    finally:
        i18n.use_language("en")
