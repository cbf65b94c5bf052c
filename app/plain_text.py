"""Text from a feed, a file or a person, made safe to keep and to show: no control characters (so no
terminal escape sequences), no bidirectional overrides that reorder what is shown, no lone surrogates.
Line breaks and tabs stay; letters of any script (Welsh ŵ ŷ, Polish ł), joiners and emoji are untouched."""

from __future__ import annotations

import re

# Every character that is removed, or (line separators) turned into a newline.
_HIDDEN = ("\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 except tab and newline, DEL, C1
           "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, overrides, isolates
           "\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff")  # line separators, BOM, non-characters, surrogates
_HIDDEN_CHARACTER = re.compile(f"[{_HIDDEN}]")
HIDDEN = _HIDDEN  # for a character class of readers that check text in one pass (openreferral.clean)
# A terminal escape as a whole: CSI (colours, cursor moves), OSC and the other strings (titles, links)
# to BEL or ST (or the end of the line), and two-character escapes; so no "[31m" is left behind.
_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[ -/]*[0-~])?")
_LINES = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
# In JSON output every such character is escaped instead, so the data stays whole (C0 json escapes itself).
_JSON_HIDDEN = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
                          "\ufeff\ufffe\uffff\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` without escape sequences and hidden characters; CR LF, CR and line separators as LF."""
    if not _HIDDEN_CHARACTER.search(text):
        return text  # the usual case, quickly
    text = _SEQUENCE.sub("", text.replace("\r\n", "\n"))
    return _HIDDEN_CHARACTER.sub("", text.translate(_LINES))


def json_printable(json_text: str) -> str:
    """JSON text (``ensure_ascii=False``) with the characters ``printable`` removes written as ``\\uXXXX``:
    the same data, but nothing a terminal acts on. They can only occur inside JSON strings."""
    return _JSON_HIDDEN.sub(lambda found: f"\\u{ord(found[0]):04x}", json_text)
