"""Work on a Qt ``.ts`` file without Qt Linguist.

    python scripts/ts_tool.py todo resources/i18n/cy/person.ts       # unfinished entries, one JSON list per line
    python scripts/ts_tool.py fill resources/i18n/cy/person.ts answers.json

``answers.json`` maps an English source to its translation for every context (``{"Save": "Cadw"}``);
a key written ``"context|source"`` applies to one context only and wins. Filled entries lose
``type="unfinished"``; entries without an answer are left as they are.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def todo(path: Path) -> None:
    root = ET.parse(path).getroot()
    for name, message in _messages(root):
        done = message.find("translation")
        if done is not None and done.get("type") == "unfinished":
            print(json.dumps([name, message.findtext("source")], ensure_ascii=False))


def fill(path: Path, answers_path: Path) -> None:
    answers = json.loads(answers_path.read_text(encoding="utf-8"))
    tree = ET.parse(path)
    filled = left = 0
    for name, message in _messages(tree.getroot()):
        done = message.find("translation")
        if done is None or done.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        answer = answers.get(f"{name}|{source}", answers.get(source))
        if answer:
            done.text = answer
            del done.attrib["type"]
            filled += 1
        else:
            left += 1
    text = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")
    print(f"{path}: {filled} filled, {left} still unfinished")


if __name__ == "__main__":
    command, target = sys.argv[1], Path(sys.argv[2])
    if command == "todo":
        todo(target)
    elif command == "fill":
        fill(target, Path(sys.argv[3]))
    else:
        sys.exit(__doc__)
