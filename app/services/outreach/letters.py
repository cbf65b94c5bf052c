"""A letter to everyone on an outreach list, adding "support near you" from the directory: the template
``resources/templates/outreach.txt`` laid out as the other letters are (large print included), one PDF for
the whole list or one file each, written whole or not at all.

Support near a person: active services with room ("has capacity") of the kinds chosen for the letter (a
directory category, such as befriending), in the person's postcode district, else their practice's, else
the best of the kind anywhere; at most ``per_kind`` of each. Nobody who died or moved away gets one; a person
with no address is left out and counted.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import col, func, select

from app.domain.models import Practice
from app.domain.outreach import Cohort, CohortMember
from app.errors import InvalidInput
from app.io.files import write_atomically
from app.io.letters import Document, load_template
from app.io.letters.fields import OutreachContext, PersonFields, ServiceFields, WorkerFields
from app.io.letters.pdf import LARGE_SIZE, NORMAL_SIZE, Layout, render_pdf
from app.io.openreferral.clean import district
from app.services import audit
from app.services.lookup import as_uuid, get_record
from app.storage.database import Database
from app.i18n import translate

NOT_SENT = frozenset({"died", "moved"})


@dataclass(frozen=True)
class CohortLetters:
    letters: int
    without_address: int
    not_sent: int  # died or moved away
    out: Path
    one_file: bool
    cancelled: bool = False

    def sentence(self) -> str:
        if self.cancelled:
            return "The letters were cancelled; nothing was saved."
        where = f"in {self.out.name}" if self.one_file else f"in the folder {self.out.name}"
        words = f"Wrote {self.letters} letter{'s' if self.letters != 1 else ''} {where}"
        if self.without_address:
            words += f"; {self.without_address} left out with no address"
        if self.not_sent:
            words += f"; none to {self.not_sent} who died or moved away"
        return words + "."

    def as_json(self) -> dict[str, Any]:
        return {"letters": self.letters, "without_address": self.without_address, "not_sent": self.not_sent,
                "out": str(self.out), "one_file": self.one_file, "cancelled": self.cancelled}


def _lines(*parts: str) -> str:
    return "\n".join(p.strip() for p in parts if p and p.strip())


class SupportNear:
    """Services to offer near a place, each search asked once per batch."""

    def __init__(self, db: Database, kinds: Sequence[str], per_kind: int) -> None:
        from app.services.directory.facade import Directory

        self.directory, self.kinds, self.per_kind = Directory(db), list(kinds), per_kind
        self._found: dict[tuple[str, str | None], list[str]] = {}

    def _open(self, kind: str, area: str | None) -> list[str]:
        key = (kind, area)
        if key not in self._found:
            hits = self.directory.search("", category=kind, area=area, status="active", limit=200)
            self._found[key] = [h.id for h in hits if h.capacity == "has capacity"]
        return self._found[key]

    def for_places(self, *areas: str | None) -> list[str]:
        chosen: list[str] = []
        for kind in self.kinds:
            ids: list[str] = []
            for area in [*(a for a in areas if a), None]:
                ids = self._open(kind, area)
                if ids:
                    break
            chosen += [i for i in ids if i not in chosen][:self.per_kind]
        return chosen


def write_letters(db: Database, cohort_id: str, out: Path, *, actor: str, kinds: Sequence[str] = (),
                  per_kind: int = 2, note: str = "", large_print: bool = False, one_file: bool = True,
                  progress: Callable[[int, int, str], bool] | None = None, language: str = "en") -> CohortLetters:
    """Write the list's letters to ``out`` (a file, or a folder with ``one_file=False``). ``progress(done,
    total, label)`` returning True cancels between letters, leaving nothing behind. ``language``: en, cy,
    bilingual or cy-first (``app/io/letters/language.py``)."""
    from app.io.letters.language import combine, languages, phone_word, value_format, writing_in
    from app.services.letters import Letters, _service, wording

    out = Path(out)
    letters = Letters(db, actor=actor)
    head = letters.letterhead()
    support = SupportNear(db, kinds, per_kind)
    with db.session() as session:
        cohort = get_record(session, Cohort, cohort_id, "outreach list")
        members = session.exec(select(CohortMember).where(CohortMember.cohort_id == as_uuid(cohort_id, "list"))
                               .order_by(func.lower(CohortMember.family_name), func.lower(CohortMember.given_name),
                                         col(CohortMember.id))).all()
        practices = {p.name.casefold(): p for p in session.exec(select(Practice))}
        practices.update({p.ods_code.casefold(): p for p in practices.values()})
    sent = [m for m in members if m.last_outcome not in NOT_SENT]
    with_address = [m for m in sent if m.address.strip() or m.postcode.strip()]
    if not with_address:
        raise InvalidInput(translate("outreach", "Nobody on this list has an address to write to."))
    from app.settings import WORKER_NAME

    worker = WorkerFields(name=WORKER_NAME.read(db) or cohort.owner, role="link worker", phone=head.phone,
                          email=head.email)
    services: dict[tuple[str, str], ServiceFields] = {}  # (language, id): each in the letter's words
    documents: list[Document] = []
    written: list[Path] = []
    langs = languages(language)
    templates = {lang: load_template("outreach", language=lang) for lang in langs}
    layout = Layout(size=LARGE_SIZE if large_print else NORMAL_SIZE, logo=head.logo,
                    author=head.name or wording("default_sender"))
    if not one_file:
        from app.io.files import private_folder

        private_folder(out)
    try:
        for done, m in enumerate(with_address, start=1):
            practice = practices.get(m.practice.casefold()) if m.practice else None
            chosen = support.for_places(district(m.postcode) if m.postcode else None,
                                        district(practice.postcode) if practice and practice.postcode else None)
            made: dict[str, Document] = {}
            for lang in langs:
                with writing_in(lang), db.session() as session:
                    for service_id in chosen:
                        if (lang, service_id) not in services:
                            services[lang, service_id] = _service(session, uuid.UUID(service_id))
                    sender = head if head.name else _practice_head(practice, head, wording("default_sender"))
                context = OutreachContext(
                    letterhead=sender.fields(), today=letters.today,
                    person=PersonFields(name=f"{m.given_name} {m.family_name}", given_name=m.given_name,
                                        family_name=m.family_name, preferred_name=m.given_name, phone=m.phone,
                                        address=_lines(m.address.replace(", ", "\n"), m.postcode)),
                    worker=worker, services=[services[lang, i] for i in chosen], note=note.strip())
                both = " / Phone" if lang != "en" and len(langs) > 1 else ""
                made[lang] = templates[lang].render(context, value_format(lang), phone_word=phone_word(lang) + both)
            document = combine(language, made)
            if one_file:
                documents.append(document)
            else:
                path = out / f"outreach-{done:04d}.pdf"
                write_atomically(path, render_pdf([document], layout))
                written.append(path)
            if progress is not None and progress(done, len(with_address), f"Writing letters: {done} of "
                                                                          f"{len(with_address)}…"):
                for path in written:
                    path.unlink(missing_ok=True)
                return CohortLetters(0, 0, 0, out, one_file, cancelled=True)
        if one_file:
            write_atomically(out, render_pdf(documents, layout))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    with db.session() as session:
        audit.record(session, actor=actor, action="export",
                     detail=f"wrote {len(with_address)} outreach letters with support near them")
    return CohortLetters(len(with_address), len(sent) - len(with_address), len(members) - len(sent), out, one_file)


def _practice_head(practice: Practice | None, head: Any, default: str) -> Any:
    from app.services.letters import Letterhead

    if practice is not None:
        return Letterhead(name=practice.name, address=_lines(practice.address, practice.postcode),
                          phone=practice.phone, logo=head.logo)
    return Letterhead(name=default, address=head.address, phone=head.phone, email=head.email, logo=head.logo)
