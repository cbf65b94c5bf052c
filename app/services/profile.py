"""Who a database is for (issue 16 item 4): a link worker's ("link-worker", the default) or a community
connector's ("connector": navigators and volunteers who signpost people to the directory but hold nobody's
health data).

In a connector's database the core hands out the directory (without what names people: a closure's people,
the connections that need attention, whom an unmet need was about), the unmet needs and waiting-room capture;
every other part (the caseload, quick find, Today, letters, reports, measures, rights, the audit trail's
reading, young people, safeguarding, outreach) answers with ``ConnectorProfile``, a sentence. A capture is
handed in (``Linkwell.hand_in``) and held for a link worker (and passed to the PCN by team sync); nothing
reads it back here. The command line refuses the same (``app.cli``).
"""

from __future__ import annotations

from typing import Any

from app.errors import LinkwellError
from app.i18n import translate

KEY = "profile"
LINK_WORKER, CONNECTOR = "link-worker", "connector"
PROFILES = {LINK_WORKER: "Link worker", CONNECTOR: "Community connector"}
# The core's parts that read people's records: refused in a connector's database.
PERSONAL = frozenset({"caseload", "caseload_list", "plans", "today", "find", "drafts", "letters", "reports",
                      "measures", "privacy", "audit", "young_people", "safeguarding", "outreach"})
# The directory's calls that name people.
DIRECTORY_PERSONAL = frozenset({"closure_impact", "affected_connections", "needing_attention"})


class ConnectorProfile(LinkwellError):
    def __init__(self, what: str = "") -> None:
        what = what or translate("storage", "people's records")
        super().__init__(translate("storage", "This Linkwell is set up for a community connector, so {what} cannot be opened here. A capture made here is held for a link worker.").format(what=what))


def read(db: Any) -> str:
    value = db.read_setting(KEY) or LINK_WORKER
    return value if value in PROFILES else LINK_WORKER


def write(db: Any, profile: str) -> None:
    if profile not in PROFILES:
        from app.errors import InvalidInput

        raise InvalidInput(translate("storage", "{profile} is not a profile; choose {join}.").format(profile=repr(profile), join=' or '.join(PROFILES)))
    db.write_setting(KEY, profile)


class ConnectorDirectory:
    """The directory as a connector sees it: searching, services, verifying and unmet needs, without names."""

    def __init__(self, directory: Any) -> None:
        self._directory = directory

    def __getattr__(self, name: str) -> Any:
        if name in DIRECTORY_PERSONAL:
            raise ConnectorProfile(translate("storage", "who a service's changes touch"))
        return getattr(self._directory, name)

    def unmet_needs(self, **kwargs: Any) -> list[dict[str, Any]]:
        return [{**row, "person_id": None, "person": ""} for row in self._directory.unmet_needs(**kwargs)]
