"""The letter-language option shared by ``linkwell letter`` and ``linkwell cohort letters``."""

from __future__ import annotations

import argparse


def letter_language_option(parser: argparse.ArgumentParser) -> None:
    """``--lang`` after a letter command is the letter's language (the one before it, the interface's)."""
    from app.io.letters.language import CHOICES

    parser.add_argument("--lang", dest="letter_lang", choices=CHOICES, metavar="LANG",
                        help="the letter's language: en, cy, bilingual (Welsh and English side by side) or "
                             "cy-first (Welsh, then English); default en, or cy with the interface in Welsh")


def letter_language(args: argparse.Namespace) -> str:
    from app.i18n import language

    return str(getattr(args, "letter_lang", None) or ("cy" if language() == "cy" else "en"))
