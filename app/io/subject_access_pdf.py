"""The subject access export as a readable PDF: every record held about one person, section by section,
each field with its value, in the embedded Unicode font; user text escaped before it meets markup."""

from __future__ import annotations

import io
from typing import Any

from app.io.letters import fonts
from app.io.letters.clean import markup

SECTIONS = (
    ("person", "About you"), ("practice", "Your GP practice"), ("referrals", "Referrals to the link worker"),
    ("status_history", "What happened, step by step"), ("contacts", "Contacts with you"),
    ("plan_goals", "Goals in your plan"), ("plan_actions", "Actions in your plan"),
    ("connections", "Services you were connected to"), ("connection_history", "How those connections went"),
    ("services", "The services"), ("measures", "Wellbeing questions you answered"),
    ("unmet_needs", "Needs no service could meet"),
    ("gp_record_messages", "Letters sent into your GP record"), ("gp_record_history", "How those letters went"),
    ("access_log", "Who looked at or changed your record"),
)


def _label(field: str) -> str:
    return field.replace("_", " ").capitalize()


def _value(value: Any) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def render(export: dict[str, Any]) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    font = fonts.register()
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
    heading = ParagraphStyle("heading", parent=body, fontName=fonts.BOLD, fontSize=13, leading=17, spaceBefore=8,
                             spaceAfter=4)
    title = ParagraphStyle("title", parent=heading, fontSize=17, leading=22)
    person = export["person"]
    story: list[Any] = [
        Paragraph(markup(f"Everything Linkwell holds about {person['given_name']} {person['family_name']}"), title),
        Paragraph(markup(f"Prepared on {export['exported_at'][:10]} in answer to a subject access request. "
                         "Each section lists the records held, field by field."), body),
    ]
    for key, name in SECTIONS:
        records = export.get(key)
        if isinstance(records, dict):
            records = [records]
        story.append(Paragraph(markup(name), heading))
        if not records:
            story.append(Paragraph("None held.", body))
            continue
        for record in records:
            rows = [[Paragraph(markup(_label(k)), small), Paragraph(markup(_value(v)), small)]
                    for k, v in record.items()]
            if record.get("deleted_at"):  # a soft-deleted contact or connection: still held, so shown
                rows.insert(0, [Paragraph("<b>Deleted</b>", small), Paragraph(markup(
                    f"Deleted on {str(record['deleted_at'])[:10]}; still held, so it is listed here."), small)])
            table = Table(rows, colWidths=[45 * mm, 125 * mm])
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.grey),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            story += [KeepTogether(table) if len(rows) < 25 else table, Spacer(1, 3 * mm)]
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="Subject access export", author="Linkwell")
    doc.build(story)
    return out.getvalue()
