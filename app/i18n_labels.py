"""The words of the reference lists in ``resources/*.json`` in the chosen language.

The JSON files keep the English (codes are stable, labels may be edited; what is stored or exported
uses them as written). pyside6-lupdate cannot read JSON, so each label a person reads is listed below
as a literal ``QT_TRANSLATE_NOOP(context, label)``, which lupdate finds and puts in
``resources/i18n/<language>/core.ts``; the functions here translate a label at the point of use with the
one ``translate`` (contexts "reference", "safeguarding", "snomed"). A label edited in the JSON and not
here stays in English: ``tests/app/test_i18n_labels.py`` says which. Regenerate the lists by hand
(or with a short script) after editing a label.

Not here: the outcome measures' questions (``resources/instruments``), which are validated wording
and need a validated translation, and the search words, which are matched, not read.
"""

from __future__ import annotations

from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, Labels, translate
from app.paths import load_json_resource

# The lists of reference.json read as code -> label.
REFERENCE_LISTS = ("referral_sources", "referral_reasons", "contact_kinds", "closure_reasons", "connection_outcomes", "connection_statuses", "connection_kinds", "service_statuses", "capacities", "guardian_relationships", "ethnic_categories", "letter_addressees")

MARKED = {
    "reference": (
        QT_TRANSLATE_NOOP("reference", "GP"),
        QT_TRANSLATE_NOOP("reference", "Practice nurse"),
        QT_TRANSLATE_NOOP("reference", "Pharmacist"),
        QT_TRANSLATE_NOOP("reference", "Other professional"),
        QT_TRANSLATE_NOOP("reference", "Hospital discharge"),
        QT_TRANSLATE_NOOP("reference", "Social care"),
        QT_TRANSLATE_NOOP("reference", "Housing"),
        QT_TRANSLATE_NOOP("reference", "Police or fire service"),
        QT_TRANSLATE_NOOP("reference", "Voluntary or community group"),
        QT_TRANSLATE_NOOP("reference", "Self-referral"),
        QT_TRANSLATE_NOOP("reference", "Proactive outreach"),
        QT_TRANSLATE_NOOP("reference", "Other"),
        QT_TRANSLATE_NOOP("reference", "Loneliness or isolation"),
        QT_TRANSLATE_NOOP("reference", "Low mood or anxiety"),
        QT_TRANSLATE_NOOP("reference", "Debt or money worries"),
        QT_TRANSLATE_NOOP("reference", "Benefits"),
        QT_TRANSLATE_NOOP("reference", "Employment"),
        QT_TRANSLATE_NOOP("reference", "Physical activity"),
        QT_TRANSLATE_NOOP("reference", "Weight"),
        QT_TRANSLATE_NOOP("reference", "Long-term condition support"),
        QT_TRANSLATE_NOOP("reference", "Bereavement"),
        QT_TRANSLATE_NOOP("reference", "Carer support"),
        QT_TRANSLATE_NOOP("reference", "Substance use"),
        QT_TRANSLATE_NOOP("reference", "Digital skills"),
        QT_TRANSLATE_NOOP("reference", "Food insecurity"),
        QT_TRANSLATE_NOOP("reference", "Face to face"),
        QT_TRANSLATE_NOOP("reference", "Phone"),
        QT_TRANSLATE_NOOP("reference", "Video"),
        QT_TRANSLATE_NOOP("reference", "Home visit"),
        QT_TRANSLATE_NOOP("reference", "Waiting room"),
        QT_TRANSLATE_NOOP("reference", "Message"),
        QT_TRANSLATE_NOOP("reference", "Goals met"),
        QT_TRANSLATE_NOOP("reference", "Disengaged or no response"),
        QT_TRANSLATE_NOOP("reference", "Declined further support"),
        QT_TRANSLATE_NOOP("reference", "Moved away"),
        QT_TRANSLATE_NOOP("reference", "Transferred to another service"),
        QT_TRANSLATE_NOOP("reference", "Died"),
        QT_TRANSLATE_NOOP("reference", "Service closed"),
        QT_TRANSLATE_NOOP("reference", "No capacity or waiting list"),
        QT_TRANSLATE_NOOP("reference", "Not eligible"),
        QT_TRANSLATE_NOOP("reference", "Person did not attend"),
        QT_TRANSLATE_NOOP("reference", "Person changed their mind"),
        QT_TRANSLATE_NOOP("reference", "Not sent yet"),
        QT_TRANSLATE_NOOP("reference", "Referral sent"),
        QT_TRANSLATE_NOOP("reference", "Accepted by the service"),
        QT_TRANSLATE_NOOP("reference", "Turned down by the service"),
        QT_TRANSLATE_NOOP("reference", "Cancelled"),
        QT_TRANSLATE_NOOP("reference", "Taking part"),
        QT_TRANSLATE_NOOP("reference", "On hold"),
        QT_TRANSLATE_NOOP("reference", "Did not happen"),
        QT_TRANSLATE_NOOP("reference", "Completed"),
        QT_TRANSLATE_NOOP("reference", "Recorded by mistake"),
        QT_TRANSLATE_NOOP("reference", "Referred"),
        QT_TRANSLATE_NOOP("reference", "Signposted"),
        QT_TRANSLATE_NOOP("reference", "Going with them"),
        QT_TRANSLATE_NOOP("reference", "Open"),
        QT_TRANSLATE_NOOP("reference", "Closed for now"),
        QT_TRANSLATE_NOOP("reference", "Not running at present"),
        QT_TRANSLATE_NOOP("reference", "Closed for good"),
        QT_TRANSLATE_NOOP("reference", "Has places"),
        QT_TRANSLATE_NOOP("reference", "Waiting list"),
        QT_TRANSLATE_NOOP("reference", "Full"),
        QT_TRANSLATE_NOOP("reference", "Mother"),
        QT_TRANSLATE_NOOP("reference", "Father"),
        QT_TRANSLATE_NOOP("reference", "Step-parent"),
        QT_TRANSLATE_NOOP("reference", "Grandparent"),
        QT_TRANSLATE_NOOP("reference", "Foster carer"),
        QT_TRANSLATE_NOOP("reference", "Kinship carer"),
        QT_TRANSLATE_NOOP("reference", "Special guardian"),
        QT_TRANSLATE_NOOP("reference", "Social worker"),
        QT_TRANSLATE_NOOP("reference", "Older brother or sister"),
        QT_TRANSLATE_NOOP("reference", "White British"),
        QT_TRANSLATE_NOOP("reference", "White Irish"),
        QT_TRANSLATE_NOOP("reference", "Any other White background"),
        QT_TRANSLATE_NOOP("reference", "White and Black Caribbean"),
        QT_TRANSLATE_NOOP("reference", "White and Black African"),
        QT_TRANSLATE_NOOP("reference", "White and Asian"),
        QT_TRANSLATE_NOOP("reference", "Any other mixed background"),
        QT_TRANSLATE_NOOP("reference", "Indian"),
        QT_TRANSLATE_NOOP("reference", "Pakistani"),
        QT_TRANSLATE_NOOP("reference", "Bangladeshi"),
        QT_TRANSLATE_NOOP("reference", "Any other Asian background"),
        QT_TRANSLATE_NOOP("reference", "Caribbean"),
        QT_TRANSLATE_NOOP("reference", "African"),
        QT_TRANSLATE_NOOP("reference", "Any other Black background"),
        QT_TRANSLATE_NOOP("reference", "Chinese"),
        QT_TRANSLATE_NOOP("reference", "Any other ethnic group"),
        QT_TRANSLATE_NOOP("reference", "Not stated"),
        QT_TRANSLATE_NOOP("reference", "The young person"),
        QT_TRANSLATE_NOOP("reference", "Their parent or guardian"),
        QT_TRANSLATE_NOOP("reference", "Both"),
    ),
    "safeguarding": (
        QT_TRANSLATE_NOOP("safeguarding", "Physical abuse"),
        QT_TRANSLATE_NOOP("safeguarding", "Domestic abuse"),
        QT_TRANSLATE_NOOP("safeguarding", "Sexual abuse"),
        QT_TRANSLATE_NOOP("safeguarding", "Psychological or emotional abuse"),
        QT_TRANSLATE_NOOP("safeguarding", "Financial or material abuse"),
        QT_TRANSLATE_NOOP("safeguarding", "Modern slavery"),
        QT_TRANSLATE_NOOP("safeguarding", "Discriminatory abuse"),
        QT_TRANSLATE_NOOP("safeguarding", "Organisational abuse"),
        QT_TRANSLATE_NOOP("safeguarding", "Neglect or acts of omission"),
        QT_TRANSLATE_NOOP("safeguarding", "Self-neglect"),
        QT_TRANSLATE_NOOP("safeguarding", "Child criminal or sexual exploitation"),
        QT_TRANSLATE_NOOP("safeguarding", "Risk of radicalisation (Prevent)"),
        QT_TRANSLATE_NOOP("safeguarding", "Other risk or concern"),
        QT_TRANSLATE_NOOP("safeguarding", "The practice's safeguarding lead"),
        QT_TRANSLATE_NOOP("safeguarding", "The local authority (adult social care)"),
        QT_TRANSLATE_NOOP("safeguarding", "The local authority (children's social care)"),
        QT_TRANSLATE_NOOP("safeguarding", "The police"),
        QT_TRANSLATE_NOOP("safeguarding", "Not raised with anyone yet"),
        QT_TRANSLATE_NOOP("safeguarding", "Open"),
        QT_TRANSLATE_NOOP("safeguarding", "Being monitored"),
        QT_TRANSLATE_NOOP("safeguarding", "Closed"),
        QT_TRANSLATE_NOOP("safeguarding", "Open safeguarding concern"),
    ),
    "snomed": (
        QT_TRANSLATE_NOOP("snomed", "Social prescribing offered"),
        QT_TRANSLATE_NOOP("snomed", "Referral to social prescribing service"),
        QT_TRANSLATE_NOOP("snomed", "Social prescribing declined"),
    ),
}


def reference(list_name: str) -> Labels[str]:
    """One list of ``resources/reference.json``, code -> label in the chosen language (``.english`` as written)."""
    return Labels("reference", load_json_resource("reference.json")[list_name])


def safeguarding_words() -> dict[str, Any]:
    """``resources/safeguarding.json`` with the categories, whom a concern is raised with, the statuses and
    the banner in the chosen language (the GP flag and the letter heading go into letters: as written)."""
    words = dict(load_json_resource("safeguarding.json"))
    for table in ("categories", "raised_with", "statuses"):
        words[table] = {code: translate("safeguarding", label) for code, label in words[table].items()}
    words["banner"] = translate("safeguarding", words["banner"])
    return words


def snomed_term(term: str) -> str:
    """A SNOMED CT concept's term from ``resources/snomed.json`` in the chosen language."""
    return translate("snomed", term)
