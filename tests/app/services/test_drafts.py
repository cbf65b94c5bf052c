from __future__ import annotations

from datetime import UTC, datetime

from app.services.caseload.drafts import Drafts
from app.storage.database import Database


def test_a_draft_round_trips_through_the_encrypted_database(db: Database) -> None:
    drafts = Drafts(db)
    at = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
    drafts.save("contact", "ep-1", {"notes": "Talked about the walking group", "minutes": 20}, at=at)
    draft = drafts.load("contact", "ep-1")
    assert draft is not None
    assert draft.fields == {"notes": "Talked about the walking group", "minutes": 20}
    assert draft.saved_at == at
    assert drafts.load("contact", "ep-2") is None
    assert "walking group" not in db.path.read_bytes().decode("latin-1")  # encrypted at rest


def test_saving_an_empty_form_or_discarding_removes_the_draft(db: Database) -> None:
    drafts = Drafts(db)
    drafts.save("intake", "new", {"given_name": "Ann"})
    drafts.save("intake", "new", {"given_name": "  ", "consent": True})
    assert drafts.load("intake") is None
    drafts.save("intake", "new", {"given_name": "Ann"})
    drafts.discard("intake")
    assert drafts.load("intake") is None


def test_all_lists_drafts_newest_first_and_skips_damaged_ones(db: Database) -> None:
    drafts = Drafts(db)
    drafts.save("contact", "a", {"notes": "older"}, at=datetime(2026, 1, 1, tzinfo=UTC))
    drafts.save("waiting_room", "new", {"name": "newer"}, at=datetime(2026, 2, 1, tzinfo=UTC))
    db.write_setting("draft/contact/broken", "{not json")
    assert [(d.form, d.subject) for d in drafts.all()] == [("waiting_room", "new"), ("contact", "a")]
    assert drafts.load("contact", "broken") is None
