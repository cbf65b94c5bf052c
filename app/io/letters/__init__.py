"""Letters and GP summaries: templates in resources/templates/, laid out as PDF, plain text or HTML.

``load_template(name)`` finds a template (an organisation's own copy in the user config folder's
``templates/`` wins over the shipped one), parses it and checks every field it names.
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


def template_text(name: str) -> str:
    if name not in TEMPLATE_CONTEXTS:
        raise TemplateError(name, 0, f"there is no template called '{name}'.")
    own = override_dir() / f"{name}.txt"
    if own.is_file():
        return own.read_text(encoding="utf-8")
    return resource("templates", f"{name}.txt").read_text(encoding="utf-8")


def load_template(name: str, text: str | None = None) -> Template:
    """The named template, parsed and checked; ``text`` overrides the file (for tests and previews)."""
    return _parse(name, template_text(name) if text is None else text)


@lru_cache(maxsize=32)
def _parse(name: str, text: str) -> Template:
    return Template(name, text, TEMPLATE_CONTEXTS[name])


__all__ = ["Block", "Document", "Span", "Template", "TemplateError", "load_template", "override_dir"]
