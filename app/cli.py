"""The ``linkwell`` command: the same services as the window, no window.

User errors go to stderr as one sentence with a non-zero exit (2 for a locked database or a wrong
passphrase); a traceback means a bug.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from app.i18n import LANGUAGES, use_language
from app.errors import LinkwellError, PassphraseNeeded
from app.plain_text import json_printable, printable
from app.cli_letters import letter_language, letter_language_option
from app.hub.cli import add_parsers as add_hub_parsers
from app.sync.cli import add_parsers as add_sync_parsers
from app.sync.cli import HANDOVER_ACTIONS
from app.sync.cli import add_person_parsers as add_handover_parsers
from app.paths import DEMO_PASSPHRASE, default_db_path, demo_db_path

PASSPHRASE_ENV = "LINKWELL_PASSPHRASE"

# The window's entry point, given by ui.launch (app/ never imports the UI): (db_path, demo=, passphrase=) -> exit code
OpenWindow = Callable[..., int]


def _db_option(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--db", type=Path, default=default, metavar="PATH",
        help="the database file (default: $LINKWELL_DB, else the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="linkwell", description="Linkwell: caseload and service directory for social prescribing."
    )
    _db_option(parser, None)
    parser.add_argument("--demo", action="store_true", help="open the window on the demo database")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="the language: en (English) or cy (Cymraeg)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Sub-commands take --db too (``linkwell person list --db X``); SUPPRESS keeps a --db given earlier.
    common = argparse.ArgumentParser(add_help=False)
    _db_option(common, argparse.SUPPRESS)

    init = sub.add_parser("init", parents=[common], help="create a new, empty encrypted database")
    init.add_argument("--profile", choices=("link-worker", "connector"), default="link-worker",
                      help="connector: for a navigator or volunteer, with the directory, unmet needs and "
                           "waiting-room capture only (no caseload, no person records, no reports)")

    demo = sub.add_parser("demo", help="the demo database").add_subparsers(dest="action", metavar="ACTION")
    create = demo.add_parser("create", parents=[common], help="create a demo database of fictional people")
    create.add_argument("--people", type=int, default=80)
    create.add_argument("--services", type=int, default=320)
    create.add_argument("--seed", type=int, default=1)

    person = sub.add_parser("person", help="people on the caseload").add_subparsers(dest="action", metavar="ACTION")
    plist = person.add_parser("list", parents=[common], help="list everyone with their current status")
    plist.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    show = person.add_parser("show", parents=[common], help="everything on one person")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    export = person.add_parser("export", parents=[common], help="a subject access export of everything held")
    export.add_argument("id")
    export.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write into")
    erase = person.add_parser("erase", parents=[common], help="erase everything held about one person")
    erase.add_argument("id")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    retention = person.add_parser("retention", parents=[common], help="closed referrals past the retention period")
    retention.add_argument("--years", type=int, default=8)
    pimport = person.add_parser("import", parents=[common], help="people and open referrals from a CSV or XLSX file")
    pimport.add_argument("file", type=Path, metavar="FILE")
    pimport.add_argument("--json", action="store_true",
                         help="print the counts and the rows left out, to check or changed, as JSON")
    pimport.add_argument("--dry-run", action="store_true", help="check and count, change nothing")
    _duplicate_parsers(person, common)
    add_handover_parsers(person, common)

    directory = sub.add_parser("directory", help="the service directory").add_subparsers(
        dest="action", metavar="ACTION")
    search = directory.add_parser("search", parents=[common], help="search services")
    search.add_argument("query")
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=int, default=20)
    _directory_exchange_parsers(directory, common)
    backup = sub.add_parser("backup", help="encrypted backups").add_subparsers(dest="action", metavar="ACTION")
    backup.add_parser("create", parents=[common], help="take an encrypted backup now")
    backup.add_parser("list", parents=[common], help="the backups kept, newest first")
    verify = backup.add_parser("verify", parents=[common], help="check that every backup opens and is sound")
    verify.add_argument("backup", nargs="?", type=Path, help="one backup (default: all)")
    restore = backup.add_parser("restore", parents=[common], help="put a backup in the database's place")
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("backup", nargs="?", type=Path, help="the backup file to restore")
    which.add_argument("--latest", action="store_true", help="the newest backup")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    key = sub.add_parser("key", help="the database key and passphrase").add_subparsers(dest="action", metavar="ACTION")
    key.add_parser("passphrase", parents=[common],
                   help="change the passphrase (new one from LINKWELL_NEW_PASSPHRASE, or asked twice)")
    key.add_parser("recovery-code", parents=[common], help="print the recovery key: keep it locked away")
    key.add_parser("recover", parents=[common],
                   help="set a new passphrase using the recovery key (from LINKWELL_RECOVERY_CODE, or asked)")
    key.add_parser("rotate", parents=[common], help="re-encrypt the database under a new random key")

    audit = sub.add_parser("audit", help="the audit trail").add_subparsers(dest="action", metavar="ACTION")
    audit.add_parser("verify", parents=[common], help="check that no audit event was removed or altered")
    export = audit.add_parser("export", parents=[common], help="the audit trail as CSV")
    export.add_argument("--out", type=Path, help="write to this file (default: standard output)")
    export.add_argument("--person", metavar="ID", help="only events about this person")
    _letter_parsers(sub, common)
    _report_parser(sub, common)
    from app.cli_gp import add_parsers as add_gp_parsers

    add_gp_parsers(sub, common)  # gp send, outbox list|deliver, mesh configure
    settings = sub.add_parser("settings", help="the settings kept in the database").add_subparsers(
        dest="action", metavar="ACTION")
    settings.add_parser("list", parents=[common], help="every setting, its value and what it means").add_argument(
        "--json", action="store_true")
    change = settings.add_parser("set", parents=[common], help="change one setting")
    change.add_argument("key")
    change.add_argument("value")
    add_hub_parsers(sub)
    add_sync_parsers(sub, common)
    from app.cli_outreach import add_parsers as add_outreach_parsers

    add_outreach_parsers(sub, common)
    return parser


def main(argv: list[str] | None = None, *, open_window: OpenWindow | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        use_language(args.lang)
    if args.command in ("demo", "person", "directory", "audit", "backup", "key", "letter", "summary", "hub",
                        "settings") \
            and not args.action:
        parser.parse_args([args.command, "--help"])
    try:
        return _dispatch(args, open_window)
    except LinkwellError as exc:
        _say(f"linkwell: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        _say("linkwell: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`linkwell person list | head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 0
    except Exception as exc:
        from app.storage.errors import storage_error

        translated = storage_error(exc)
        if translated is None:
            raise
        _say(f"linkwell: {translated}", file=sys.stderr)
        return translated.exit_code


def _dispatch(args: argparse.Namespace, open_window: OpenWindow | None) -> int:
    if args.command is None:
        if open_window is None:
            raise LinkwellError("The window opens from the 'linkwell' command; this entry point has no window.")
        return _window(args, open_window)
    if args.command == "hub":
        from app.hub.cli import run as run_hub

        return run_hub(args)
    db_path = args.db or default_db_path()
    if args.command == "init":
        return _init(db_path, args.profile)
    if args.command in _PERSONAL_COMMANDS or (args.command, getattr(args, "action", None)) in _PERSONAL_ACTIONS:
        _refuse_in_connector_profile(db_path)
    if args.command == "demo":
        return _demo_create(db_path, args)
    if args.command in ("gp", "outbox", "mesh"):
        from app.cli_gp import run as run_gp

        return run_gp(args, lambda: _open(db_path), _say, _print_json)
    if args.command == "person":
        return _person(db_path, args)
    if args.command == "audit":
        return _audit(db_path, args)
    if args.command == "backup":
        return _backup(db_path, args)
    if args.command == "key":
        return _key(db_path, args)
    if args.command == "sync":
        from app.sync.cli import run as run_sync

        return run_sync(args, lambda: _open(db_path))
    if args.command in ("letter", "summary"):
        return _letters(db_path, args)
    if args.command == "report":
        return _report(db_path, args)
    if args.command == "cohort":
        from app.cli_outreach import run as run_outreach

        return run_outreach(args, lambda: _open(db_path), _say, _print_json, _actor())
    if args.command == "settings":
        return _settings(db_path, args)
    if args.command == "directory" and args.action in ("import", "export"):
        return _directory_exchange(db_path, args)
    return _directory_search(db_path, args)


def _settings(db_path: Path, args: argparse.Namespace) -> int:
    from app import settings

    db = _open(db_path)
    try:
        if args.action == "set":
            value = settings.named(args.key).write(db, args.value)
            _say(f"{args.key} is now {value}.")
            return 0
        rows = [{"key": s.key, "value": s.read(db), "default": s.default, "title": s.title} for s in settings.ALL]
    finally:
        db.close()
    if args.json:
        _say(json.dumps(rows, indent=2))
    else:
        for row in rows:
            _say(f"{row['key']} = {row['value']}  ({row['title']}; default {row['default']})")
    return 0


# --- unlocking -----------------------------------------------------------------------------


def _passphrase_from_env() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def _open(db_path: Path):  # noqa: ANN202 - app.storage.database.Database
    from app.storage.database import open_database

    passphrase = _passphrase_from_env()
    try:
        return open_database(db_path, passphrase=passphrase)
    except PassphraseNeeded:
        if passphrase is not None or not sys.stdin.isatty():
            raise
    return open_database(db_path, passphrase=getpass.getpass(f"Passphrase for {db_path.name}: "))


def _new_passphrase(env: str = PASSPHRASE_ENV) -> str:
    from app.errors import InvalidInput

    passphrase = os.environ.get(env) or None
    if passphrase is not None:
        return passphrase
    if not sys.stdin.isatty():
        raise PassphraseNeeded()
    first = getpass.getpass("Choose a passphrase (at least 8 characters): ")
    if getpass.getpass("Type it again: ") != first:
        raise InvalidInput("The two passphrases differ; nothing was created.")
    return first


# --- commands ------------------------------------------------------------------------------


def _window(args: argparse.Namespace, open_window: OpenWindow) -> int:
    db_path = args.db or (demo_db_path() if args.demo else default_db_path())
    passphrase = _passphrase_from_env()
    if args.demo:
        passphrase = passphrase or DEMO_PASSPHRASE
        if not db_path.exists():
            _demo_create(db_path, argparse.Namespace(people=80, services=320, seed=1), passphrase)
    chosen = {"lang": args.lang} if args.lang else {}
    return open_window(db_path, demo=args.demo, passphrase=passphrase, **chosen)


# What reads people's records: refused in a community connector's database (app.services.profile).
_PERSONAL_COMMANDS = frozenset({"person", "letter", "summary", "report", "cohort", "gp", "outbox"})
_PERSONAL_ACTIONS = frozenset({("audit", "export"), ("sync", "conflicts"), ("sync", "replaced"),
                               ("sync", "set-aside"), ("sync", "who-looked"), ("sync", "resolve")})


def _refuse_in_connector_profile(db_path: Path) -> None:
    from app.services.profile import CONNECTOR, ConnectorProfile, read

    db = _open(db_path)
    try:
        if read(db) == CONNECTOR:
            raise ConnectorProfile()
    finally:
        db.close()


def _init(db_path: Path, profile: str = "link-worker") -> int:
    from app.services.profile import PROFILES, write
    from app.storage.database import create_database

    db = create_database(db_path, _new_passphrase())
    try:
        write(db, profile)
    finally:
        db.close()
    _say(f"Created an empty encrypted database at {db_path}, for a {PROFILES[profile].lower()}")
    _say(f"Its key is wrapped under your passphrase in {db_path.name}.key: keep both files together.")
    return 0


def _demo_create(db_path: Path, args: argparse.Namespace, passphrase: str | None = None) -> int:
    from app.services.demo import create_demo
    from app.storage.database import create_database

    passphrase = passphrase or _passphrase_from_env() or DEMO_PASSPHRASE
    db = create_database(db_path, passphrase, demo=True)
    try:
        counts = create_demo(db, people=args.people, services=args.services, seed=args.seed)
        from app.services.measures import add_demo_measures

        add_demo_measures(db, seed=args.seed)  # ONS4 and UCLA-3 answers, so the report has outcomes to show
    except BaseException:
        db.close()
        for suffix in ("", ".key", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        raise
    db.close()
    _say(f"Created a demo database of fictional people at {db_path}: "
          f"{counts.people} people, {counts.services} services.", file=sys.stderr)
    if passphrase == DEMO_PASSPHRASE:
        _say(f"Its passphrase is: {DEMO_PASSPHRASE}", file=sys.stderr)
    return 0


def _person(db_path: Path, args: argparse.Namespace) -> int:
    from app.services.caseload.facade import Caseload

    if args.action in ("export", "erase", "retention"):
        return _privacy(db_path, args)
    if args.action == "import":
        return _person_import(db_path, args)
    if args.action in ("duplicates", "merge", "unmerge"):
        return _person_duplicates(db_path, args)
    if args.action in HANDOVER_ACTIONS:
        from app.sync.cli import run_person

        return run_person(args, lambda: _open(db_path))
    caseload = Caseload(_open(db_path))
    if args.action == "list":
        people = caseload.summaries()
        if args.json:
            _print_json(people)
        else:
            from app.domain.nhs_number import format_display

            for p in people:
                nhs = format_display(p["nhs_number"]) if p["nhs_number"] else "-"
                _say(f"{p['id']}  {p['family_name']}, {p['given_name']}  {nhs}  {p['practice'] or '-'}  "
                      f"{p['status'] or 'no referral'}")
        return 0
    detail = caseload.person_detail(args.id, viewed_from="the command line")
    if args.json:
        _print_json(detail)
    else:
        _print_person(detail)
    return 0


def _duplicate_parsers(person: Any, common: argparse.ArgumentParser) -> None:
    dups = person.add_parser("duplicates", parents=[common], help="pairs of records that may be one person")
    dups.add_argument("--json", action="store_true", help='print a list of {"people": [ID, ID], "why": ...}')
    merge = person.add_parser("merge", parents=[common], help="merge the record OTHER into KEEP")
    merge.add_argument("keep", metavar="KEEP", help="the id of the record kept")
    merge.add_argument("other", metavar="OTHER", help="the id of the record merged into it")
    merge.add_argument("--take", action="append", default=[], metavar="FIELD=other",
                       help="take this field's value from OTHER (or FIELD=kept to keep KEEP's); repeat for each. "
                            "Unnamed fields keep KEEP's value, or take OTHER's where KEEP has none")
    merge.add_argument("--json", action="store_true", help="print the merged person as JSON")
    from app.i18n import translate

    unmerge = person.add_parser("unmerge", parents=[common], help=translate(
        "cli", "undo, later, the latest merge that kept this record or merged it away"))
    unmerge.add_argument("id", metavar="ID", help=translate("cli", "the id of either record of the merge"))
    unmerge.add_argument("--json", action="store_true",
                         help=translate("cli", "print the ids of the two records, separate again, as JSON"))


def _person_duplicates(db_path: Path, args: argparse.Namespace) -> int:
    from app.services.caseload.facade import Caseload
    from app.services.caseload.merging import choices_from_words

    caseload = Caseload(_open(db_path))  # the actor: the database's worker.name, else the login
    if args.action == "duplicates":
        pairs = caseload.duplicates()
        if args.json:
            _print_json([p.as_json() for p in pairs])
        else:
            for p in pairs:
                _say(f"{p.people[0]}  {p.people[1]}  {p.names[0]} / {p.names[1]}: {p.why}")
            if not pairs:
                _say("No records look like the same person.")
        return 0
    if args.action == "unmerge":
        return _person_unmerge(caseload, args)
    caseload.merge_people(args.keep, args.other, choices_from_words(args.take))
    detail = caseload.person_detail(args.keep, viewed_from="the command line")
    if args.json:
        _print_json(detail)
    else:
        _say(f"Merged the other record into {detail['given_name']} {detail['family_name']} "
             f"({len(detail['episodes'])} referral(s) now).")
    return 0


def _person_unmerge(caseload: Any, args: argparse.Namespace) -> int:
    from app.i18n import translate

    people = sorted(caseload.unmerge(args.id).person_ids)
    if args.json:
        _print_json({"people": people})
    else:
        _say(translate("cli", "Undid the merge: {first} and {second} are two records again.").format(
            first=people[0], second=people[1]))
    return 0


def _person_import(db_path: Path, args: argparse.Namespace) -> int:
    from app.services.caseload.people_import import import_people

    report = import_people(_open(db_path), args.file, dry_run=args.dry_run)  # actor: worker.name, else the login
    if args.json:
        _print_json(report.as_json())
    else:
        _say(report.sentence())
        for title, rows in (("Left out", report.rejected), ("To check", report.to_check),
                            ("Warnings", report.warnings)):
            if rows:
                _say(f"{title}:")
            for r in rows:
                _say(f"  line {r.line}, {r.field}: {r.message}")
    return 0


def _privacy(db_path: Path, args: argparse.Namespace) -> int:
    from app.errors import InvalidInput
    from app.services.privacy import Privacy

    privacy = Privacy(_open(db_path))
    if args.action == "retention":
        due = privacy.past_retention(args.years)
        for d in due:
            _say(f"{d['person_id']}  {d['name']}  closed {d['closed_at'][:10]}")
        _say(f"{len(due)} closed referrals are past {args.years} years and due for review.")
        return 0
    if args.action == "export":
        target, readable = privacy.export(args.id, args.out)
        _say(f"Wrote everything held about this person to {target} and, to read, {readable}")
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            raise InvalidInput("Erasure cannot be undone: add --yes to confirm.")
        if input("Erase everything held about this person? This cannot be undone. [y/N] ").lower() != "y":
            _say("Nothing was erased.")
            return 1
    privacy.erase(args.id)
    _say("Erased. Backups made before now keep their copy until they age out.")
    return 0


def _print_person(d: dict[str, Any]) -> None:
    from app.domain.nhs_number import format_display

    _say(f"{d['given_name']} {d['family_name']}  NHS {format_display(d['nhs_number'] or '-')}")
    _say(f"Born {d['date_of_birth'] or 'unknown'}; practice {d['practice'] or 'none'}")
    if d["risk_note"]:
        _say(f"RISK: {d['risk_note']}")
    if d.get("safeguarding_open"):
        _say(f"OPEN SAFEGUARDING CONCERN: {', '.join(d['safeguarding_open'])}")
    if d.get("young_person"):
        _say("Young person (under 18)" + (f". {d['turning_18']}" if d.get("turning_18") else ""))
    for e in d["episodes"]:
        _say(f"\nReferral {e['referral_date']} ({e['referral_source']}): {e['status_label']}")
        for h in e["status_history"]:
            _say(f"  {h['at'][:16]}  {h['from'] or '-'} -> {h['to']}" + (f"  [{h['snomed']}]" if h["snomed"] else ""))
        for c in e["contacts"]:
            if c["current"]:
                _say(f"  contact {c['at'][:10]} {c['kind']} {c['duration_minutes']} min: {c['notes']}")
        for c in e["connections"]:
            _say(f"  connection {c['id']}: service {c['service_id']} ({c['kind']}) {c['status']}")


def _directory_search(db_path: Path, args: argparse.Namespace) -> int:
    from app.services.directory.facade import Directory

    hits = Directory(_open(db_path)).search(args.query, limit=args.limit)
    if args.json:
        _print_json([h.to_json() for h in hits])
    elif not hits:
        _say(f"No services match {args.query!r}.")
    else:
        for h in hits:
            flags = ", ".join(f for f in (h.status if h.status != "active" else "", h.capacity) if f)
            _say(f"{h.name} — {h.organisation or 'independent'} [{flags}]  {h.id}")
    return 0


def _directory_exchange_parsers(directory: Any, common: argparse.ArgumentParser) -> None:
    imp = directory.add_parser("import", parents=[common], help="import an Open Referral (ORUK v1, HSDS 3) directory")
    imp.add_argument("source", help="a JSON or NDJSON file, a CSV datapackage folder or .zip, or a feed URL")
    imp.add_argument("--dry-run", action="store_true", help="report what would change; save nothing")
    imp.add_argument("--strict", action="store_true", help="import nothing if any record breaks a required rule")
    imp.add_argument("--json", action="store_true", help="print {added, updated, unchanged, rejected, warnings}")
    imp.add_argument("--source", dest="label", metavar="NAME",
                     help="the feed's name, to match re-imports (default: the URL, or the file's name)")
    imp.add_argument("--modified-after", metavar="DATE", help="feed URLs only: just what changed since DATE")
    imp.add_argument("--max-size", metavar="SIZE", help="the most to read, such as 500MB (default: 100MB)")
    imp.add_argument("--timeout", type=float, metavar="SECONDS",
                     help="feed URLs only: the longest the whole download may take (default: 600)")
    exp = directory.add_parser("export", parents=[common], help="write the directory as Open Referral JSON")
    exp.add_argument("--format", dest="fmt", choices=["hsds3"], default="hsds3", help="HSDS 3.0 UK (the default)")
    exp.add_argument("--out", required=True, type=Path, metavar="FILE", help="the JSON file to write")


def _directory_exchange(db_path: Path, args: argparse.Namespace) -> int:
    from app.services.directory.export import export_directory
    from app.services.directory.feed_import import ImportRefused, import_directory

    if args.action == "export":
        count = export_directory(_open(db_path), args.out, fmt=args.fmt)
        _say(f"Wrote {count} service{'' if count == 1 else 's'} to {args.out}", file=sys.stderr)
        return 0
    since = _modified_after(args.modified_after)
    limits = _import_limits(args.max_size, args.timeout)
    try:
        report = import_directory(_open(db_path), args.source, dry_run=args.dry_run, strict=args.strict,
                                  modified_after=since, label=args.label, limits=limits)
    except ImportRefused as refused:
        _print_import(refused.report, args.json)
        raise
    _print_import(report, args.json)
    return 0


def _import_limits(max_size: str | None, timeout: float | None):  # noqa: ANN202 - Limits
    from app.errors import InvalidInput
    from app.i18n import translate
    from app.io.openreferral.limits import Limits, parse_size

    limits = Limits()
    if timeout is not None and not 0 < timeout <= 7 * 24 * 3600:
        raise InvalidInput(translate("cli", "--timeout takes a number of seconds greater than 0 and up to a week, such as 600."))
    return Limits(max_bytes=parse_size(max_size) if max_size is not None else limits.max_bytes,
                  seconds=timeout if timeout is not None else limits.seconds)


def _modified_after(value: str | None):  # noqa: ANN202 - datetime | None
    from datetime import UTC, datetime

    from app.errors import InvalidInput
    from app.i18n import translate

    if value is None:
        return None
    try:
        found = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput(translate("cli", "{value} is not a date (YYYY-MM-DD).").format(value=repr(value))) from None
    return found if found.tzinfo else found.replace(tzinfo=UTC)


def _print_import(report: Any, as_json: bool) -> None:
    from app.i18n import translate

    if as_json:
        _print_json(report.to_json())
        return
    _say(f"{report.source}: {report.summary()}")
    for title, problems in ((translate("cli", "Rejected:"), report.rejected), (translate("cli", "Warnings:"), report.warnings)):
        if problems:
            _say(title)
            for problem in problems:
                _say(f"  {problem}")


def _unlock_key(db_path: Path) -> bytes:
    """The database key without opening the database (which may be the damaged thing)."""
    from app.storage import keys

    passphrase = _passphrase_from_env()
    try:
        return keys.unlock(db_path, passphrase)
    except PassphraseNeeded:
        if passphrase is not None or not sys.stdin.isatty():
            raise
    return keys.unlock(db_path, getpass.getpass(f"Passphrase for {db_path.name}: "))


def _current_passphrase(db_path: Path) -> str:
    passphrase = _passphrase_from_env()
    if passphrase is None:
        if not sys.stdin.isatty():
            raise PassphraseNeeded()
        passphrase = getpass.getpass(f"Current passphrase for {db_path.name}: ")
    return passphrase


def _key(db_path: Path, args: argparse.Namespace) -> int:
    from app.core import Linkwell
    from app.storage import key_care

    if args.action == "recover":
        code = os.environ.get("LINKWELL_RECOVERY_CODE") or (
            getpass.getpass("Recovery key: ") if sys.stdin.isatty() else None)
        if not code:
            raise PassphraseNeeded()
        key_care.recover_with_code(db_path, code, _new_passphrase("LINKWELL_NEW_PASSPHRASE"))
        _say("Recovered: the database now opens with the new passphrase.")
        return 0
    if args.action == "passphrase":
        key_care.change_passphrase(db_path, _current_passphrase(db_path), _new_passphrase("LINKWELL_NEW_PASSPHRASE"))
        _say("Passphrase changed. The database itself was not rewritten.")
        return 0
    core = Linkwell(_open(db_path))
    if args.action == "recovery-code":
        code = core.keys.recovery_code(how="printed")  # audited, as when the window shows it
        _say("Recovery key (with the database file, it opens everything: keep it printed and locked away):")
        _say(code)
        return 0
    core.rotate_key(_current_passphrase(db_path))
    _say("The database is now encrypted under a new key. Print a new recovery key: the old one no longer works.")
    return 0


def _actor() -> str:
    from app.services.caseload.facade import default_actor

    return default_actor()


def _backup(db_path: Path, args: argparse.Namespace) -> int:
    from app.core import Linkwell
    from app.errors import InvalidInput
    from app.services.backups import Backups
    from app.storage.database import Database

    if args.action == "create":
        info = Linkwell(_open(db_path)).backups.take()
        _say(f"Backed up to {info.path}")
        return 0
    if args.action == "list":
        for info in Backups.kept(db_path):
            _say(f"{info.path}  {info.label}")
        return 0
    # The key without opening the database, which may be the damaged thing.
    backups = Linkwell(Database(db_path, _unlock_key(db_path))).backups
    if args.action == "verify":
        targets = [args.backup] if args.backup else [b.path for b in backups.list()]
        if not targets:
            _say(f"There are no backups of {db_path.name} yet.")
        for path in targets:
            _say(f"{path}: sound, {backups.verify(path)} people")
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            raise InvalidInput("Restoring replaces the database: add --yes to confirm.")
        if input(f"Replace {db_path.name} with the backup? The current file is kept aside. [y/N] ").lower() != "y":
            _say("Nothing was changed.")
            return 1
    chosen, set_aside = backups.restore(None if args.latest else args.backup)
    _say(f"Restored the backup from {chosen.label}.")
    if set_aside:
        _say(f"The database it replaced is kept as {set_aside}")
    return 0


def _audit(db_path: Path, args: argparse.Namespace) -> int:
    from app.services.audit import Audit

    audit = Audit(_open(db_path))
    if args.action == "verify":
        result = audit.verify()
        for problem in result.problems:
            _say(problem)
        _say(f"{result.events} audit events: " + ("the trail is intact." if result.ok else "THE TRAIL HAS BEEN TAMPERED WITH."))
        return 0 if result.ok else 1
    if args.out:
        count = audit.write_csv(args.out, person_id=args.person)
        _say(f"Wrote {count} audit events to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(audit.export_csv(person_id=args.person))
    return 0


# --- letters and the GP summary ------------------------------------------------------------


def _letter_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    letter = sub.add_parser("letter", help="letters as PDF").add_subparsers(dest="action", metavar="KIND")
    referral = letter.add_parser("referral", parents=[common], help="a referral letter to a service")
    referral.add_argument("--connection", required=True, metavar="ID", help="the person's connection to the service")
    referral.add_argument("--share", metavar="ITEMS",
                          help="what the person agreed to share besides their name, comma-separated, from: phone, "
                               "email, address, date_of_birth, nhs_number, communication_needs, what_matters "
                               "(default: the organisation's setting)")
    plan = letter.add_parser("plan", parents=[common], help='"My plan", for the person')
    plan.add_argument("--person", required=True, metavar="ID")
    plan.add_argument("--large-print", action="store_true", help="16 pt type throughout")
    plan.add_argument("--easy-read", action="store_true", help="the easy-read layout (16 pt, a symbol by each point)")
    gp = letter.add_parser("gp", parents=[common], help="the letter back to the GP and the referrer")
    gp.add_argument("--person", required=True, metavar="ID")
    for kind in (referral, plan, gp):
        kind.add_argument("--out", required=True, type=Path, metavar="FILE", help="the PDF file to write")
        letter_language_option(kind)
    summary = sub.add_parser("summary", help="plain-text summaries").add_subparsers(dest="action", metavar="KIND")
    gp_summary = summary.add_parser("gp", parents=[common], help="the summary to paste into the GP record")
    gp_summary.add_argument("--person", required=True, metavar="ID")


def _letters(db_path: Path, args: argparse.Namespace) -> int:
    from app.services.letters import Letters

    letters = Letters(_open(db_path))
    if args.command == "summary":  # pasted into English GP systems: always English
        _say(letters.gp_summary(args.person), end="")
        return 0
    lang = letter_language(args)
    if args.action == "referral":
        share = args.share.split(",") if args.share is not None else None
        out = letters.write("referral", args.connection, args.out, share=share, language=lang)
    elif args.action == "plan":
        out = letters.write("plan", args.person, args.out, large_print=args.large_print, easy_read=args.easy_read,
                            language=lang)
    else:
        out = letters.write("gp", args.person, args.out, language=lang)
    _say(f"Wrote {out}", file=sys.stderr)
    return 0


# --- the commissioner report ---------------------------------------------------------------


def _report_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", parents=[common], help="the commissioner report as PDF (and a CSV)")
    report.add_argument("--from", dest="start", required=True, metavar="DATE", help="first day (YYYY-MM-DD)")
    report.add_argument("--to", dest="end", required=True, metavar="DATE", help="last day, included (YYYY-MM-DD)")
    report.add_argument("--practice", action="append", default=[], metavar="P",
                        help="ODS code or name of a practice; repeat for several (default: all)")
    report.add_argument("--out", required=True, type=Path, metavar="FILE", help="the PDF file to write")
    report.add_argument("--csv", type=Path, metavar="FILE", help="also write one row per referral (docs/report-csv.md)")
    report.add_argument("--exact", action="store_true",
                        help="show counts under 5 as they are: for internal use only, never to share")


def _report(db_path: Path, args: argparse.Namespace) -> int:
    from datetime import date

    from app.errors import InvalidInput
    from app.services.reports.facade import Reports

    def day(value: str) -> date:
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise InvalidInput(f"{value!r} is not a date (YYYY-MM-DD).") from None

    reports = Reports(_open(db_path))  # the actor: the database's worker.name, else the login
    for problem in reports.instruments.problems:
        _say(f"linkwell: {problem}", file=sys.stderr)
    reports.export(day(args.start), day(args.end), args.practice, pdf=args.out, csv=args.csv, exact=args.exact)
    for path in (args.out, args.csv):
        if path is not None:
            _say(f"Wrote {path}", file=sys.stderr)
    if args.exact:
        _say("These figures are exact, with counts under 5: keep them inside the practice.", file=sys.stderr)
    return 0


def _say(*values: object, sep: str = " ", end: str = "\n", file: TextIO | None = None) -> None:
    """Every line the command prints, as ``print`` would: names, notes and feed text may carry terminal
    escape sequences or bidi overrides, which never reach the terminal (newlines and letters do)."""
    (file or sys.stdout).write(printable(sep.join(str(value) for value in values) + end))


def _print_json(value: Any) -> None:
    """JSON whose hidden characters are escaped (``\\u202e``), so it shows safely and loses nothing."""
    sys.stdout.write(json_printable(json.dumps(value, ensure_ascii=False, indent=2)) + "\n")


if __name__ == "__main__":
    sys.exit(main())
