"""Letters and GP summaries: templates in resources/templates/, laid out as PDF, plain text or HTML.

``load_template(name)`` finds a template (an organisation's own copy in the user config folder's
``templates/`` wins over the shipped one), parses it and checks every field it names;
``load_template(name, language="cy")`` its Welsh version, ``NAME.cy.txt`` (``language.py``: letters in
Welsh, English or both).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from app.io.letters.fields import TEMPLATE_CONTEXTS
from app.io.letters.template import Block, Document, Span, Template, TemplateError
from app.paths import resource, user_config_dir


def override_dir() -> Path:
    """Where an organisation may put its own copies of the templates."""
    return user_config_dir() / "templates"


def template_file(name: str, language: str = "en") -> str:
    """``gp-letter.txt`` in English, ``gp-letter.cy.txt`` in Welsh."""
    return f"{name}.txt" if language == "en" else f"{name}.{language}.txt"


def template_text(name: str, language: str = "en") -> str:
    if name not in TEMPLATE_CONTEXTS:
        raise TemplateError(name, 0, f"there is no template called '{name}'.")
    own = override_dir() / template_file(name, language)
    if own.is_file():
        return own.read_text(encoding="utf-8")
    shipped = resource("templates", template_file(name, language))
    if not shipped.is_file():
        raise TemplateError(template_file(name, language), 0, f"there is no {name} letter in this language.")
    return shipped.read_text(encoding="utf-8")


def load_template(name: str, text: str | None = None, language: str = "en") -> Template:
    """The named template, parsed and checked; ``text`` overrides the file (for tests and previews)."""
    label = name if language == "en" else f"{name}.{language}"
    return _parse(name, label, template_text(name, language) if text is None else text)


@lru_cache(maxsize=32)
def _parse(name: str, label: str, text: str) -> Template:
    """``label`` names the template in errors: ``gp-letter.cy`` for the Welsh one."""
    return Template(label, text, TEMPLATE_CONTEXTS[name])


__all__ = ["Block", "Document", "Span", "Template", "TemplateError", "load_template", "override_dir"]
