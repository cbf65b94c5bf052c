"""Every setting, declared once with its default, bounds and title (after Picard's ``options.py``).

Values live in the database's ``setting`` table, so they travel with the caseload and its backups. The
window, the services and ``linkwell settings`` all read them from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from app.errors import InvalidInput
from app.i18n import translate


class SettingStore(Protocol):
    def read_setting(self, key: str) -> str | None: ...
    def write_setting(self, key: str, value: str) -> None: ...


@dataclass(frozen=True)
class IntSetting:
    key: str
    default: int
    title: str  # says what the number means, for the window and `linkwell settings`
    minimum: int
    maximum: int

    def parse(self, raw: str | None) -> int:
        """A stored text as its value: the default when it is missing or out of bounds."""
        try:
            value = int(raw) if raw is not None else self.default
        except ValueError:
            return self.default
        return value if self.minimum <= value <= self.maximum else self.default

    def read(self, db: SettingStore) -> int:
        return self.parse(db.read_setting(self.key))

    def write(self, db: SettingStore, value: int | str) -> int:
        try:
            number = int(str(value).strip())
        except ValueError:
            raise InvalidInput(translate("storage", "{title}: give a whole number.").format(title=self.title)) from None
        if not self.minimum <= number <= self.maximum:
            raise InvalidInput(translate("storage", "{title}: give a number from {minimum} to {maximum}.").format(title=self.title, minimum=self.minimum, maximum=self.maximum))
        db.write_setting(self.key, str(number))
        return number


@dataclass(frozen=True)
class TextSetting:
    key: str
    default: str
    title: str
    maximum_length: int

    def parse(self, raw: str | None) -> str:
        return raw if raw is not None else self.default

    def read(self, db: SettingStore) -> str:
        return self.parse(db.read_setting(self.key))

    def write(self, db: SettingStore, value: str) -> str:
        text = " ".join(str(value).split())  # one line, single spaces
        if not text:
            raise InvalidInput(translate("storage", "{title}: give some text.").format(title=self.title))
        if len(text) > self.maximum_length or any(not c.isprintable() for c in text):
            raise InvalidInput(translate("storage", "{title}: give at most {maximum_length} letters, on one line.").format(title=self.title, maximum_length=self.maximum_length))
        db.write_setting(self.key, text)
        return text


LOCK_IDLE_MINUTES = IntSetting("ui.lock_idle_minutes", 5, "Lock the window after this many idle minutes", 1, 240)
BACKUPS_KEPT = IntSetting("backup.keep", 10, "Backups kept", 1, 1000)
STALE_AFTER_MONTHS = IntSetting("directory.stale_after_months", 6,
                                "A service needs checking this many months after it was last verified", 1, 120)
# Who is working on this database: the name the audit trail, the timeline and letters give, in place of
# the computer's login. Asked once in the window; `linkwell settings set worker.name "Ann Shaw"`.
WORKER_NAME = TextSetting("worker.name", "", "Your name, as the audit trail and letters give who did what", 80)
# How the window sorts the caseload, kept so it opens as it was left: "name up", "status_age down".
CASELOAD_SORT = TextSetting("ui.caseload_sort", "name up",
                            "How the window sorts the caseload (name or status_age, then up or down)", 40)
ALL: tuple[IntSetting | TextSetting, ...] = (LOCK_IDLE_MINUTES, BACKUPS_KEPT, STALE_AFTER_MONTHS, WORKER_NAME,
                                             CASELOAD_SORT)


def named(key: str) -> IntSetting | TextSetting:
    for setting in ALL:
        if setting.key == key:
            return setting
    names = ", ".join(s.key for s in ALL)
    raise InvalidInput(translate("storage", "There is no setting called {key}. The settings are: {names}.").format(key=repr(key), names=names))
