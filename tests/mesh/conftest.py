"""A real MESH (mesh-sandbox) for the whole run, and a core whose laptop is set up to use it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlmodel import col, select

from app.core import Linkwell
from app.domain.models import Episode, EpisodeStatusChange, Person, Practice
from tests.mesh import sandbox as sb


@pytest.fixture(scope="session")
def mesh() -> Iterator[sb.Sandbox]:
    server = sb.Sandbox()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def practice_client(mesh: sb.Sandbox) -> Iterator[object]:
    """NHS England's own client, acting as the practice's GP system."""
    from mesh_client import MeshClient

    with MeshClient(mesh.url, sb.PRACTICE, sb.PRACTICE_PASSWORD, shared_key=sb.SHARED_KEY.encode()) as client:
        yield client


@pytest.fixture(autouse=True)
def empty_mailboxes(mesh: sb.Sandbox) -> None:
    """Each test starts with both inboxes empty (the sandbox's testing-only reset)."""
    for mailbox in (sb.SENDER, sb.PRACTICE):
        mesh.admin(f"/messageexchange/admin/reset/{mailbox}", method="DELETE")


def configure(core: Linkwell, url: str, *, password: str = sb.SENDER_PASSWORD) -> None:
    core.gp_record.configure(url, sb.SENDER, sb.SENDER_ODS, password=password, shared_key=sb.SHARED_KEY)


def person_with_codes(core: Linkwell, *, consent: bool, ods: str = sb.PRACTICE_ODS,
                      given: str = "Łucja", family: str = "Wŷn <O'Brien & Żak>") -> str:
    """A demo person with an NHS number and SNOMED CT codes on their latest referral, registered with
    a practice of ODS code ``ods``; renamed with hostile text."""
    with core.db.session() as session:
        coded = set(session.exec(select(Episode.person_id).join(
            EpisodeStatusChange, col(EpisodeStatusChange.episode_id) == col(Episode.id))
            .where(col(EpisodeStatusChange.snomed_concept).is_not(None))).all())
        person = next(p for p in session.exec(select(Person).where(col(Person.nhs_number).is_not(None))
                                               .order_by(col(Person.id))).all()
                      if p.id in coded and _latest_has_codes(session, p.id))
        practice = session.exec(select(Practice).where(Practice.ods_code == ods)).first()
        if practice is None:
            practice = Practice(ods_code=ods, phone="01632 960001", name="")
        practice.name = f"Riverside & Dŵr Surgery {ods}"  # hostile text, in this test's own copy
        session.add(practice)
        session.flush()
        person.practice_id, person.consent_share_with_gp = practice.id, consent
        person.given_name, person.family_name = given, family
        session.add(person)
        session.commit()
        return str(person.id)


def _latest_has_codes(session, person_id: uuid.UUID) -> bool:  # noqa: ANN001
    latest = session.exec(select(Episode).where(Episode.person_id == person_id)
                          .order_by(col(Episode.referral_date).desc(), col(Episode.created_at).desc())).first()
    return latest is not None and session.exec(select(EpisodeStatusChange).where(
        EpisodeStatusChange.episode_id == latest.id,
        col(EpisodeStatusChange.snomed_concept).is_not(None))).first() is not None
