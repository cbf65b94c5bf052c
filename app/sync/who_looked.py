"""Who in the team looked at a person's record: the hub's answer (the audit events every laptop pushed,
held to this PCN) together with this laptop's own views not yet sent, each said in words."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from app.errors import InvalidInput
from app.services.caseload.handover import when
from app.storage.database import Database
from app.i18n import translate

_LAPTOP = {"this": "on this laptop", "theirs": "on {by}'s laptop", "earlier": "on a laptop {by} used before"}


def _how(detail: str | None) -> str:
    return "from the command line" if "command line" in (detail or "") else "in the window"


def who_looked(db: Database, person_id: str) -> list[dict[str, Any]]:
    """Newest first: ``{"by", "at", "laptop", "how", "said"}``. Asks the hub, so ``HubNotReachable``
    when it does not answer; a laptop that has not joined one is told so."""
    from app.sync import engine

    try:
        person = uuid.UUID(str(person_id)).hex
    except ValueError:
        raise InvalidInput(translate("sync", "That is not a person's id.")) from None
    con = db.connect()
    try:
        state = engine._state(con)
        if not state["hub_url"]:
            raise InvalidInput(translate("sync", "Who looked at a record across the team comes from the team hub, and this laptop has not joined one: its own audit trail shows who looked here."))
        if con.execute("SELECT 1 FROM person WHERE id = ?", (person,)).fetchone() is None:
            raise InvalidInput(translate("sync", "There is no such person on this laptop."))
        here = con.execute("SELECT id, at, detail FROM auditevent WHERE person_id = ? AND action = 'view'",
                           (person,)).fetchall()
    finally:
        con.close()
    views = engine._client(db, state, timeout=15).views(person)
    seen = {v["id"] for v in views}
    views += [{"id": i, "at": at, "detail": detail, "by": state["hub_user"], "laptop": "this"}
              for i, at, detail in here if i not in seen]
    out = []
    for v in sorted(views, key=lambda v: str(v["at"]), reverse=True):
        at = datetime.fromisoformat(str(v["at"]))
        laptop = _LAPTOP.get(v["laptop"], _LAPTOP["earlier"]).format(by=v["by"])
        how = _how(v.get("detail"))
        out.append({"by": v["by"], "at": at.isoformat(), "laptop": laptop, "how": how,
                    "said": f"{v['by']} looked at the record on {when(at)}, {laptop}, {how}."})
    return out
