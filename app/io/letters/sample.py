"""A fictional person's letters, for previewing an edited template, the benchmark and the tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from app.io.letters.fields import (
    ActionFields,
    CodeFields,
    ConnectionFields,
    EpisodeFields,
    GoalFields,
    GpContext,
    LetterheadFields,
    MeasureFields,
    OutreachContext,
    PausedContext,
    PersonFields,
    PlaceFields,
    PlanContext,
    PracticeFields,
    ReferralContext,
    ServiceFields,
    SessionFields,
    WorkerFields,
)

TODAY = date(2026, 11, 22)

LETTERHEAD = LetterheadFields(name="Millbrook Primary Care Network", address="Millbrook Surgery\n1 Mill Lane\nMB1 2AA",
                              phone="01632 960001", email="millbrook.sp@example.nhs.uk")
PERSON = PersonFields(
    name="Siân Łukasiewicz-O'Brien", given_name="Siân", family_name="Łukasiewicz-O'Brien", preferred_name="Siân",
    nhs_number="943 476 5919", date_of_birth=date(1950, 3, 4), phone="07700 900456", email="",
    address="4 Bryn Road\nMillbrook\nMB1 4EF", communication_needs="Hard of hearing: please face her when speaking.",
    addressed_to="Siân Łukasiewicz-O'Brien", salutation="Siân",
)
WORKER = WorkerFields(name="Gwenllïan Rhys", role="Social prescribing link worker", phone="01632 960002",
                      email="g.rhys@example.nhs.uk")
SERVICE = ServiceFields(
    name="Tuesday Tea & Chat", organisation="Age Friendly Millbrook", contact_name="Małgorzata Nowak",
    phone="07700 900123", email="tea@example.org", address="St Mary's Hall\n12 Church Street\nMB1 3CD",
    cost="Free", sessions=[SessionFields(when="Every Tuesday, 10:00 to 12:00", days="Tuesday",
                                         times="10:00 to 12:00")],
    places=[PlaceFields(name="St Mary's Hall", address="12 Church Street\nMillbrook\nMB1 3CD",
                        how_to_get_there="Bus 7 to Church Street. Step-free entrance at the side door.")],
)
EPISODE = EpisodeFields(
    referral_date=date(2026, 11, 1), referral_source="GP", referrer_name="Dr Seán Ó Briain",
    reasons=["Loneliness or isolation", "Debt or money worries"], status="Plan agreed",
    offer_outcome="accepted", offer_date=date(2026, 11, 5),
    what_matters="Getting out of the house and meeting people again since my husband died. "
                 "I used to love singing in the chapel choir.",
    strengths="Warm, funny, a keen gardener.", next_contact_due=date(2026, 12, 8),
)
CONNECTION = ConnectionFields(service=SERVICE, kind="referral", status="waiting for a reply",
                              started_on=date(2026, 11, 20))
GOALS = [
    GoalFields(text="Go to the tea group every week", status="open", actions=[
        ActionFields(text="Phone the group to say I am coming", owner="Siân", due_date=date(2026, 11, 30)),
        ActionFields(text="Ask about a lift", owner="Gwenllïan"),
    ]),
    GoalFields(text="Sort out the gas bill", status="achieved"),
]
CODES = [CodeFields(date=date(2026, 11, 4), id="871691000000100", term="Social prescribing offered (finding)"),
         CodeFields(date=date(2026, 11, 5), id="871731000000106",
                    term="Referral to social prescribing service (procedure)")]


def referral(**changes: Any) -> ReferralContext:
    base = ReferralContext(letterhead=LETTERHEAD, today=TODAY, person=PERSON, worker=WORKER, episode=EPISODE,
                           service=SERVICE, connection=CONNECTION,
                           note="Please call Siân to arrange a first visit; she would like someone to meet her "
                                "at the door.")
    return replace(base, **changes)


def plan(**changes: Any) -> PlanContext:
    base = PlanContext(letterhead=LETTERHEAD, today=TODAY, person=PERSON, worker=WORKER, episode=EPISODE,
                       goals=GOALS, connections=[CONNECTION])
    return replace(base, **changes)


def gp(*, shares_detail: bool = True, **changes: Any) -> GpContext:
    base = GpContext(
        letterhead=LETTERHEAD, today=TODAY, shares_detail=shares_detail, person=PERSON, worker=WORKER,
        practice=PracticeFields(name="Millbrook Surgery", address="1 Mill Lane\nMB1 2AA", phone="01632 960000",
                                ods_code="A81001"),
        episode=EPISODE, codes=CODES, goals=GOALS,
        connections=[replace(CONNECTION, status="completed")],
        measures=[MeasureFields(instrument="ONS4 personal wellbeing", timepoint="baseline",
                                taken_on=date(2026, 11, 5), answers="life 3, worthwhile 4, happy 3, anxious 8"),
                  MeasureFields(instrument="ONS4 personal wellbeing", timepoint="closure",
                                taken_on=date(2027, 2, 10), answers="life 6, worthwhile 7, happy 6, anxious 4")],
    )
    return replace(base, **changes)


def outreach(**changes: Any) -> OutreachContext:
    base = OutreachContext(letterhead=LETTERHEAD, today=TODAY, person=PERSON, worker=WORKER, services=[SERVICE],
                           note="The flu clinic at Millbrook Surgery runs every Saturday in December.")
    return replace(base, **changes)


def paused(**changes: Any) -> PausedContext:
    base = PausedContext(letterhead=LETTERHEAD, today=TODAY, person=PERSON, worker=WORKER, service=SERVICE,
                         connection=CONNECTION)
    return replace(base, **changes)


SAMPLES = {"referral": referral, "plan": plan, "plan-easy-read": plan, "gp-letter": gp, "gp-summary": gp,
           "outreach": outreach, "paused": paused}
