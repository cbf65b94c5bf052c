"""An Open Referral import's own sentences in the chosen language (issue 17): the summary a person reads
is Welsh in Welsh, and the one the audit trail keeps stays English."""

from __future__ import annotations

from app import i18n
from app.io.openreferral.records import Problem
from app.services.directory.feed_import import ImportRefused, ImportReport


def test_the_summary_is_welsh_on_screen_and_english_for_the_audit_trail() -> None:
    report = ImportReport(source="feed.json", added=3, unchanged=1, dry_run=True)
    i18n.use_language("cy")
    try:
        shown, kept = report.summary(), report.summary(i18n.english)
        refused = str(ImportRefused(ImportReport(source="feed.json", rejected=[Problem("s1", "name", "no name")] * 2)))
    finally:
        i18n.use_language("en")
    assert shown == ("ychwanegwyd 3, diweddarwyd 0, heb newid 1, gwrthodwyd 0, rhybuddion 0 "
                     "(rhediad prawf: ni chadwyd dim).")
    assert kept == report.summary() == ("3 added, 0 updated, 1 unchanged, 0 rejected, 0 warnings "
                                        "(a dry run: nothing was saved).")
    assert refused == ("Torrodd 2 cofnod reol ofynnol, ac mae mewnforio caeth yn cymryd y cyfan neu ddim; "
                       "ni fewnforiwyd dim.")
