"""What a service call changed, so the window refreshes only what it must (after Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    person_ids: frozenset[str] = field(default_factory=frozenset)
    caseload: bool = False  # rows added, removed or re-ordered
    directory: bool = False
    service_ids: frozenset[str] = field(default_factory=frozenset)
    created_id: str | None = None  # the id of a record the call created, if any
    outreach: bool = False  # a cohort, its people or their calls

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            person_ids=self.person_ids | other.person_ids,
            caseload=self.caseload or other.caseload,
            directory=self.directory or other.directory,
            service_ids=self.service_ids | other.service_ids,
            created_id=other.created_id or self.created_id,
            outreach=self.outreach or other.outreach,
        )
