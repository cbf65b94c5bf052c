"""The template language: what it prints, what it leaves out, and errors that name template, line and field."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from app.io.letters import fields, load_template, sample
from app.io.letters.pdf import pdf_value
from app.io.letters.template import Template, TemplateError
from app.io.letters.text import render_text, text_value

ROOT = Path(__file__).resolve().parents[3]
README = (ROOT / "resources" / "templates" / "README.md").read_text(encoding="utf-8")


def _render(text: str, context: object | None = None, name: str = "referral") -> list[tuple[str, str]]:
    ctx = context or sample.referral()
    document = Template(name, text, type(ctx)).render(ctx, text_value)
    return [(b.kind, b.text or " / ".join(f"{k}={''.join(s.text for s in v)}" for k, v in b.rows)
             or " / ".join("".join(s.text for s in line) for line in b.lines)) for b in document.blocks]


@pytest.mark.parametrize("name", sorted(fields.TEMPLATE_CONTEXTS))
def test_every_shipped_template_parses_and_renders_its_sample(name: str) -> None:
    template = load_template(name)
    document = template.render(sample.SAMPLES[name](), pdf_value)
    assert document.blocks and document.template == name
    assert "Tuesday Tea & Chat" in " ".join(b.text for b in document.blocks)


def test_paragraph_lines_join_and_blank_lines_split() -> None:
    blocks = _render("Dear {person.preferred_name},\n\nOne line\nand the next.\n- a point\n  - under it\n")
    assert blocks == [("para", "Dear Siân,"), ("para", "One line and the next."), ("bullet", "a point"),
                      ("bullet", "under it")]


def test_lines_whose_fields_are_all_empty_are_left_out() -> None:
    person = dataclasses.replace(sample.PERSON, email="", phone="")
    blocks = _render("@fields\nPhone: {person.phone}\nEmail: {person.email}\nName: {person.name}\n@end\n"
                     "Email {person.email}\n\nNo fields here.", sample.referral(person=person))
    assert blocks == [("fields", "Name=Siân Łukasiewicz-O'Brien"), ("para", "No fields here.")]


def test_if_else_for_and_not() -> None:
    text = ("@if episode.what_matters\nyes\n@else\nno\n@end\n@if not note\nno note\n@else\nnote\n@end\n"
            "@for session in service.sessions\n- {session.when}\n@end")
    assert _render(text) == [("para", "yes"), ("para", "note"), ("bullet", "Every Tuesday, 10:00 to 12:00")]
    empty = sample.referral(note="", episode=dataclasses.replace(sample.EPISODE, what_matters=""))
    assert _render(text, empty)[:2] == [("para", "no"), ("para", "no note")]


def test_bold_braces_dates_and_lists() -> None:
    ctx = sample.referral()
    document = Template("referral", "**Dear** {{x}} {today} {episode.reasons}", type(ctx)).render(ctx, text_value)
    spans = document.blocks[0].spans
    assert spans[0].text == "Dear" and spans[0].bold and not spans[1].bold
    assert document.blocks[0].text == "Dear {x} 22-Nov-2026 Loneliness or isolation, Debt or money worries"
    letter = Template("referral", "{today}", type(ctx)).render(ctx, pdf_value)
    assert letter.blocks[0].text == "22 November 2026"


def test_field_values_never_become_bold_or_markup() -> None:
    ctx = sample.referral(note="**not bold** {person.name} <b>x</b>")
    block = Template("referral", "{note}", type(ctx)).render(ctx, text_value).blocks[0]
    assert block.text == "**not bold** {person.name} <b>x</b>" and not any(s.bold for s in block.spans)


@pytest.mark.parametrize(("text", "line", "field", "words"), [
    ("Hello\n\n{person.nmae}", 3, "person.nmae", "there is no field 'person.nmae'"),
    ("{persn.name}", 1, "persn.name", "'persn' is not one of"),
    ("@if x\n@if goals\n", 2, None, "@if is never closed"),
    ("a\n@end", 2, None, "@end has no"),
    ("@fields\nno colon here\n@end", 2, None, "Label: text"),
    ("{person}", 1, "person", "is a group of fields"),
    ("@for g in person.name\n@end", 1, "person.name", "needs a list"),
    ("{note", 1, None, "no closing"),
    ("note}", 1, None, "no opening"),
    ("@bogus", 1, None, "not a template instruction"),
    ("@for goal in goals\n@end", 1, "goals", "there is no field 'goals'"),
    ("@fields\n@title x\n@end", 2, None, "cannot be used inside @fields"),
])
def test_errors_name_the_template_line_and_field(text: str, line: int, field: str | None, words: str) -> None:
    with pytest.raises(TemplateError) as caught:
        Template("referral", text, fields.ReferralContext)
    error = caught.value
    assert (error.template, error.line, error.field) == ("referral", line, field)
    assert str(error).startswith(f"Template 'referral', line {line}: ") and words in str(error)


def test_a_misspelt_field_inside_an_untaken_branch_is_still_caught() -> None:
    with pytest.raises(TemplateError, match="line 3: there is no field 'goal.txt'"):
        Template("plan", "@if goals\n@for goal in goals\n- {goal.txt}\n@end\n@end", fields.PlanContext)


def test_an_organisations_own_copy_wins_and_its_errors_are_named(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from app.io import letters

    monkeypatch.setattr(letters, "override_dir", lambda: tmp_path)
    (tmp_path / "plan.txt").write_text("@title Our plan for {person.preferred_name}\n", encoding="utf-8")
    document = letters.load_template("plan").render(sample.plan(), pdf_value)
    assert [b.text for b in document.blocks] == ["Our plan for Siân"]
    (tmp_path / "plan.txt").write_text("# ours\n@title {person.surname}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"Template 'plan', line 2: there is no field 'person.surname'"):
        letters.load_template("plan")


def test_summary_text_comes_from_the_template() -> None:
    text = render_text(load_template("gp-summary").render(sample.gp(), text_value))
    assert text.startswith("Social prescribing summary\n")


def _dataclasses() -> list[type]:
    return [obj for obj in vars(fields).values()
            if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__name__.endswith("Fields")]


@pytest.mark.parametrize("cls", _dataclasses(), ids=lambda c: c.__name__)
def test_readme_documents_every_field(cls: type) -> None:
    sections = re.split(r"^### ", README, flags=re.MULTILINE)
    section = next((s for s in sections if f"(`{cls.__name__}`)" in s.splitlines()[0]), None)
    assert section is not None, f"README.md has no section for {cls.__name__}"
    missing = [f.name for f in dataclasses.fields(cls) if f"| `{f.name}` |" not in section]
    assert missing == []


def test_readme_lists_every_context_group() -> None:
    for context in set(fields.TEMPLATE_CONTEXTS.values()):
        for f in dataclasses.fields(context):
            assert f"`{f.name}`" in README, f.name
