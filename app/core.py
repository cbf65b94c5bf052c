"""The one core: ``Linkwell(db)``, with a façade per aggregate. The window and the command line both
call it; neither builds services of its own. Every call that writes returns what changed (``Changes``).

    core = Linkwell(open_database(path))
    core.caseload.add_contact(episode_id, kind="phone", contact_at=clock.now(), notes="…")
    core.directory.search("walking")

Façades are made on first use, so a command that needs one aggregate imports only its code. The types the
core speaks in (``Changes``, ``ServiceHit``, ``CaseloadRow``…) are imported from here too, also on first use
(PEP 562), so the window needs nothing below ``app.core`` but the domain and the errors.
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # not at run time: the window imports this module before SQLCipher is needed
    from app.storage.database import Database
    from app.services.changes import Changes
    from app.services.audit import Audit
    from app.services.backups import Backups
    from app.services.caseload.facade import Caseload
    from app.services.caseload.listing import CaseloadList
    from app.services.directory.facade import Directory
    from app.services.caseload.drafts import Drafts
    from app.services.keys import Keys
    from app.services.letters import Letters
    from app.services.measures import Measures
    from app.services.caseload.young_people import YoungPeople
    from app.services.caseload.safeguarding import SafeguardingRecords
    from app.services.outreach.facade import Outreach
    from app.services.caseload.plans import Plans
    from app.services.privacy import Privacy
    from app.services.caseload.quick_find import QuickFind
    from app.services.reports.facade import Reports
    from app.services.sync import Sync
    from app.services.caseload.today import Today

# The types the core speaks in: name -> the module that defines it.
TYPES = {
    "SyncResult": "app.sync.engine",
    "HubNotReachable": "app.sync.client",
    "Changes": "app.services.changes",
    "Database": "app.storage.database",
    "open_database": "app.storage.database",
    "unlock_key": "app.storage.keys:unlock_for_opening",
    # the caseload
    "CaseloadRow": "app.services.caseload.listing",
    "PersonIds": "app.services.caseload.listing",
    "Draft": "app.services.caseload.drafts",
    "Match": "app.services.caseload.matching",
    "ClosingCheck": "app.services.caseload.closing",
    "Pair": "app.services.caseload.matching",
    "Comparison": "app.services.caseload.merging",
    "Difference": "app.services.caseload.merging",
    "Merged": "app.services.caseload.merging",
    "MergeUndo": "app.services.caseload.merge_record",
    "MERGE_FIELDS": "app.services.caseload.merging:FIELDS",
    "YoungPerson": "app.services.caseload.young_people",
    "GuardianView": "app.services.caseload.young_people",
    "Concern": "app.services.caseload.safeguarding",
    "safeguarding_wording": "app.i18n_labels:safeguarding_words",
    "reference_labels": "app.i18n_labels:reference",
    "NEXT_ACTION": "app.services.caseload.listing",
    "snomed_term": "app.i18n_labels:snomed_term",
    "guardian_relationships": "app.services.caseload.young_people:relationship_words",
    "letter_addressees": "app.services.caseload.young_people:addressee_words",
    "Hit": "app.services.caseload.quick_find",
    "TodayItem": "app.services.caseload.today",
    "TodayLists": "app.services.caseload.today",
    # the directory
    "ServiceHit": "app.services.directory.facade",
    "ClosureImpact": "app.services.directory.facade",
    "UnmetNeedCount": "app.services.directory.facade",
    "ImportReport": "app.services.directory.feed_import",
    "ACCESS": "app.io.openreferral.common",
    "ATTEND": "app.io.openreferral.common",
    "is_short": "app.services.directory.edit",
    # letters and printing
    "Letters": "app.services.letters",
    "Letter": "app.services.letters",
    "Letterhead": "app.services.letters",
    "GpSummary": "app.services.letters",
    "ServiceChoice": "app.services.letters",
    "SHAREABLE": "app.services.letters",
    "BatchOutcome": "app.services.letters",
    "LOGO_URL": "app.io.letters.html",
    "font_bytes": "app.io.letters.fonts",
    "FONT_REGULAR": "app.io.letters.fonts:REGULAR",
    "FONT_BOLD": "app.io.letters.fonts:BOLD",
    # outcomes
    "MeasureView": "app.services.measures",
    "CHART_KEYS": "app.io.report_charts",
    "chart_svg": "app.io.report_charts",
    "chart_title": "app.io.report_charts",
    # the trail, backups, settings, files
    "ACTIONS": "app.services.audit",
    "Verification": "app.services.audit",
    "AuditLine": "app.services.audit_words",
    "BackupInfo": "app.storage.backup",
    "BACKUPS_KEPT": "app.settings",
    "LOCK_IDLE_MINUTES": "app.settings",
    "load_json_resource": "app.paths",
    "CASELOAD_SORT": "app.settings",
    "private_folder": "app.io.files",
    # people from a spreadsheet
    "Sheet": "app.io.people_import:Table",
    "PeopleImportReport": "app.io.people_import:ImportReport",
    "IMPORT_FIELDS": "app.io.people_import:FIELDS",
    "IMPORT_FIELD_LABELS": "app.io.people_import:FIELD_LABELS",
    "IMPORT_REQUIRED": "app.io.people_import:REQUIRED",
    "guess_mapping": "app.io.people_import",
    # proactive outreach
    "OUTREACH_OUTCOMES": "app.domain.outreach:OUTCOMES",
    "CallRow": "app.services.outreach.facade",
    "OutreachProgress": "app.services.outreach.facade",
    "CohortSummary": "app.services.outreach.facade",
    "CohortImportReport": "app.services.outreach.cohort_import",
}


def __getattr__(name: str) -> Any:
    if name in TYPES:
        module, _, attr = TYPES[name].partition(":")  # "module:attr" when the name here differs
        return getattr(import_module(module), attr or name)
    raise AttributeError(f"module 'app.core' has no attribute {name!r}")


def _profile(db: Database) -> str:
    from app.services.profile import read

    return read(db)


# The parts that read people's records (``app.services.profile.PERSONAL``, kept here to spare an import).
_PERSONAL = frozenset({"caseload", "caseload_list", "plans", "today", "find", "drafts", "letters", "reports",
                       "measures", "privacy", "audit", "young_people", "safeguarding", "outreach"})

_FACADES = ("caseload", "caseload_list", "plans", "today", "find", "drafts", "directory", "letters", "reports",
            "measures", "privacy", "audit", "backups", "keys", "sync", "outreach", "young_people",
            "safeguarding")


class Linkwell:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.profile = _profile(db)

    def __getattribute__(self, name: str) -> Any:
        """A community connector's database (``app.services.profile``): the parts that read people's records
        answer with a sentence, and the directory leaves out whom its changes touch."""
        if name in _PERSONAL or name == "directory":
            if object.__getattribute__(self, "__dict__").get("profile") == "connector":
                from app.services.profile import ConnectorDirectory, ConnectorProfile

                if name != "directory":
                    raise ConnectorProfile()
                return ConnectorDirectory(object.__getattribute__(self, name))
        return object.__getattribute__(self, name)

    @property
    def connector(self) -> bool:
        """Set up for a community connector: directory, unmet needs and waiting-room capture only."""
        return self.profile == "connector"

    def hand_in(self, *, given_name: str, family_name: str, reach: str = "", what_matters: str = "",
                consent: bool = False) -> Changes:
        """A waiting-room capture, held for a link worker (and passed to the PCN by team sync): a new person
        with a self-referral. Nothing of it is handed back (no ids), and in a connector's database nothing
        reads it back."""
        from app import clock
        from app.services.caseload.facade import Caseload
        from app.services.changes import Changes

        person: dict[str, Any] = {"given_name": given_name, "family_name": family_name}
        if reach.strip():
            person["email" if "@" in reach else "phone"] = reach.strip()
        Caseload(self.db).refer_new_person(person, {
            "referral_date": clock.today(), "referral_source": "self", "reasons": [], "consent_to_contact": consent,
            "what_matters": what_matters.strip(), "referrer_organisation": "Community connector"})
        return Changes(caseload=True)

    @property
    def demo(self) -> bool:
        return self.db.demo

    def replace_database(self, db: Database) -> None:
        """After the key is rotated (or the file restored): every façade is remade on the new database."""
        self.db = db
        self.profile = _profile(db)
        for name in _FACADES:
            self.__dict__.pop(name, None)

    def rotate_key(self, passphrase: str, **kwargs: object) -> None:
        """``Keys.rotate``, then carry on with the database under its new key."""
        self.replace_database(self.keys.rotate(passphrase, **kwargs))  # type: ignore[arg-type]

    def close(self) -> None:
        self.db.close()

    # --- who is working -----------------------------------------------------------------------

    def worker_name(self) -> str:
        """The name set for this database (``worker.name``), or "" while none has been given."""
        from app.settings import WORKER_NAME

        return WORKER_NAME.read(self.db)

    def set_worker_name(self, name: str) -> str:
        """Who is working on this database, from now on in the audit trail, the timeline and letters;
        every façade is made again so each names them. The name as kept (one line, single spaces)."""
        from app.settings import WORKER_NAME

        kept = WORKER_NAME.write(self.db, name)
        self.replace_database(self.db)
        return kept

    # --- the caseload -------------------------------------------------------------------------

    @cached_property
    def caseload(self) -> Caseload:
        from app.services.caseload.facade import Caseload

        return Caseload(self.db)

    @cached_property
    def caseload_list(self) -> CaseloadList:
        """The caseload table's read path: plain SQL, no ORM (the first paint waits for nothing else).
        Its connection lives on the thread that first reads; ``close`` it there."""
        from app.services.caseload.listing import CaseloadList

        return CaseloadList(self.db)

    @cached_property
    def plans(self) -> Plans:
        from app.services.caseload.plans import Plans

        return Plans(self.db)

    @cached_property
    def today(self) -> Today:
        from app.services.caseload.today import Today

        return Today(self.db)

    @cached_property
    def find(self) -> QuickFind:
        from app.services.caseload.quick_find import QuickFind

        return QuickFind(self.db)

    @cached_property
    def drafts(self) -> Drafts:
        from app.services.caseload.drafts import Drafts

        return Drafts(self.db)

    # --- the directory, letters, outcomes -----------------------------------------------------

    @cached_property
    def directory(self) -> Directory:
        from app.services.directory.facade import Directory

        return Directory(self.db)

    @cached_property
    def letters(self) -> Letters:
        from app.services.letters import Letters

        return Letters(self.db)

    @cached_property
    def reports(self) -> Reports:
        from app.services.reports.facade import Reports

        return Reports(self.db)

    @cached_property
    def measures(self) -> Measures:
        from app.services.measures import Measures

        return Measures(self.db)

    @cached_property
    def safeguarding(self) -> SafeguardingRecords:
        """Safeguarding concerns: the banner, the records (every view audited), adding and updating."""
        from app.services.caseload.safeguarding import SafeguardingRecords

        return SafeguardingRecords(self.db)

    @cached_property
    def young_people(self) -> YoungPeople:
        """Under-18s: their parents and guardians, school, who may be contacted, and to whom letters go."""
        from app.services.caseload.young_people import YoungPeople

        return YoungPeople(self.db)

    @cached_property
    def outreach(self) -> Outreach:
        """Cohorts (lists of people to contact who were never referred) and calling through them."""
        from app.services.outreach.facade import Outreach

        return Outreach(self.db)

    # --- rights, trail, care of the file ------------------------------------------------------

    @cached_property
    def privacy(self) -> Privacy:
        from app.services.privacy import Privacy

        return Privacy(self.db)

    @cached_property
    def audit(self) -> Audit:
        from app.services.audit import Audit

        return Audit(self.db)

    @cached_property
    def backups(self) -> Backups:
        from app.services.backups import Backups

        return Backups(self.db)

    @cached_property
    def keys(self) -> Keys:
        from app.services.keys import Keys

        return Keys(self.db)

    @cached_property
    def sync(self) -> Sync:
        from app.services.sync import Sync

        return Sync(self.db)

    # --- the GP record (GP Connect Send Document over MESH) ----------------------------------

    @property
    def gp_record(self) -> GpRecord:
        """The outbox of messages to the GP record. Made on each use (it holds nothing but the database),
        so it follows a new database after a key rotation without being listed in _FACADES."""
        from app.services.gp_record import GpRecord

        return GpRecord(self.db)


if TYPE_CHECKING:
    from app.services.gp_record import GpRecord
