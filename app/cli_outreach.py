"""``linkwell cohort ...``: proactive outreach lists from the command line, through ``core.outreach`` as the
window does.

    linkwell cohort import FILE --name NAME [--reason WHY] [--dry-run] [--json]
    linkwell cohort build --name NAME [--reason WHY] [--status S] [--need CODE] [--open-only]
    linkwell cohort list [--json]
    linkwell cohort calls LIST [--for NAME] [--json]
    linkwell cohort split LIST --to NAME [--to NAME]...
    linkwell cohort remove ID
    linkwell cohort letters LIST --out FILE [--kind CATEGORY]... [--large-print] [--one-each] [--note TEXT] [--lang L]
    linkwell cohort record ID OUTCOME [--retry-in DAYS] [--need CODE]... [--service ID] [--letter] [--note TEXT]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.domain.outreach import OUTCOMES


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    cohort = sub.add_parser("cohort", help="outreach lists: people to contact who were never referred").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    imp = cohort.add_parser("import", parents=[common], help="a list from a GP system search export (CSV or XLSX)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--name", required=True, help="the list's name; an existing list of that name is added to")
    imp.add_argument("--reason", default="", help="why these people, such as 'told to shield'")
    imp.add_argument("--dry-run", action="store_true", help="check and match the rows, change nothing")
    imp.add_argument("--json", action="store_true",
                     help='print {"cohort", "added", "matched", "rejected": [{line, field, message}], ...}')
    build = cohort.add_parser("build", parents=[common], help="a list of people on the caseload, by filters")
    build.add_argument("--name", required=True)
    build.add_argument("--reason", default="")
    build.add_argument("--status", help="only people whose current referral has this status")
    build.add_argument("--need", dest="reason_code", metavar="CODE", help="only people referred for this reason")
    build.add_argument("--open-only", action="store_true", help="only people with an open referral")
    listed = cohort.add_parser("list", parents=[common], help="every list with its progress")
    listed.add_argument("--json", action="store_true")
    calls = cohort.add_parser("calls", parents=[common], help="one list's people in calling order")
    calls.add_argument("cohort", metavar="LIST", help="the list's name or id")
    calls.add_argument("--json", action="store_true")
    calls.add_argument("--for", dest="worker", metavar="NAME",
                       help="only the people given to this worker (and those given to no one)")
    split = cohort.add_parser("split", parents=[common], help="share out the people still to call between workers")
    split.add_argument("cohort", metavar="LIST", help="the list's name or id")
    split.add_argument("--to", dest="workers", action="append", required=True, metavar="NAME",
                       help="a worker to share with (repeat for each)")
    remove = cohort.add_parser("remove", parents=[common],
                               help="take one person off a list, with the calls made to them")
    remove.add_argument("member", metavar="ID", help="the person's id on the list (from 'cohort calls --json')")
    letters = cohort.add_parser("letters", parents=[common],
                                help="a letter to everyone on a list, with open services near them")
    letters.add_argument("cohort", metavar="LIST", help="the list's name or id")
    letters.add_argument("--out", required=True, type=Path, help="the PDF to write (a folder with --one-each)")
    letters.add_argument("--kind", action="append", default=[], metavar="CATEGORY",
                         help="a kind of support from the directory, such as befriending (repeat for more)")
    letters.add_argument("--per-kind", type=int, default=2, help="services of each kind in a letter (default 2)")
    letters.add_argument("--note", default="", help="a paragraph added to every letter")
    letters.add_argument("--large-print", action="store_true", help="16 pt throughout")
    letters.add_argument("--one-each", action="store_true", help="one PDF per person, in the folder --out")
    letters.add_argument("--json", action="store_true")
    from app.cli_letters import letter_language_option

    letter_language_option(letters)
    record = cohort.add_parser("record", parents=[common], help="what came of a call to one person on a list")
    record.add_argument("member", metavar="ID", help="the person's id on the list (from 'cohort calls --json')")
    record.add_argument("outcome", choices=list(OUTCOMES))
    record.add_argument("--retry-in", type=int, metavar="DAYS", help="after no answer: try again in this many days")
    record.add_argument("--need", action="append", default=[], metavar="CODE",
                        help="a need they told you of, as a referral reason code (repeat for more)")
    record.add_argument("--service", metavar="ID", help="the directory service offered")
    record.add_argument("--letter", action="store_true", help="support offered by letter")
    record.add_argument("--note", default="")
    record.add_argument("--source", default="outreach", choices=["outreach", "self"],
                        help="for a referral opened: where it came from (default: outreach)")


def run(args: argparse.Namespace, open_db: Callable[[], Any], say: Callable[..., None],
        print_json: Callable[[Any], None], actor: str) -> int:
    from app import clock
    from app.core import Linkwell
    from app.services.outreach.facade import Outreach

    core = Linkwell(open_db())
    outreach = Outreach(core.db, actor=actor)
    try:
        if args.action == "import":
            report = outreach.import_people(args.file, name=args.name, reason=args.reason, dry_run=args.dry_run)
            if args.json:
                print_json(report.as_json())
                return 0
            say(report.sentence())
            for title, notes in (("Left out", report.rejected), ("To check", report.to_check)):
                if notes:
                    say(f"{title}:")
                for note in notes:
                    say(f"  line {note.line}, {note.field}: {note.message}")
        elif args.action == "build":
            changes = outreach.build_from_caseload(args.name, args.reason, status=args.status,
                                                   reason_code=args.reason_code, open_only=args.open_only)
            assert changes.created_id is not None
            say(f"{args.name}: {outreach.progress(changes.created_id).total} people from the caseload.")
        elif args.action == "list":
            cohorts = outreach.cohorts()
            if args.json:
                print_json([c.as_json() for c in cohorts])
            elif not cohorts:
                say("No outreach lists yet.")
            for c in cohorts if not args.json else ():
                say(f"{c.name}: {c.progress.sentence()}")
        elif args.action == "calls":
            cohort = outreach.find(args.cohort)
            rows = outreach.call_rows(outreach.call_ids(cohort, worker=args.worker))
            today = clock.today()
            if args.json:
                print_json([r.as_json(today) for r in rows])
                return 0
            say(outreach.progress(cohort).sentence())
            for line in rows:
                say(f"{line.name}\t{line.phone or 'no phone'}\t{line.next_step(today)}\t{line.last_attempt}")
        elif args.action == "split":
            cohort = outreach.find(args.cohort)
            outreach.split(cohort, args.workers)
            shares = {name: len(outreach.call_ids(cohort, worker=name)) for name in args.workers}
            say("; ".join(f"{name}: {n} to call" for name, n in shares.items()) + ".")
        elif args.action == "remove":
            outreach.remove(args.member)
            say("Taken off the list, with the calls made to them.")
        elif args.action == "letters":
            from app.cli_letters import letter_language

            done = outreach.write_letters(outreach.find(args.cohort), args.out, kinds=args.kind,
                                          per_kind=args.per_kind, note=args.note, large_print=args.large_print,
                                          one_file=not args.one_each, language=letter_language(args))
            if args.json:
                print_json(done.as_json())
            else:
                say(done.sentence())
        else:
            found = outreach.call_rows([args.member])
            warning = outreach.called_today(found[0]) if found else ""
            if warning:
                say(f"Note: {warning}")
            outreach.record(args.member, args.outcome, retry_in_days=args.retry_in, needs=args.need,
                            service_id=args.service, letter=args.letter, note=args.note,
                            referral_source=args.source)
            say(f"Recorded: {OUTCOMES[args.outcome].lower()}.")
    finally:
        core.close()
    return 0
