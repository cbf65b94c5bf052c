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
from typing import Any

from app.errors import LinkwellError, PassphraseNeeded
from app.paths import default_db_path, demo_db_path

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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Sub-commands take --db too (``linkwell person list --db X``); SUPPRESS keeps a --db given earlier.
    common = argparse.ArgumentParser(add_help=False)
    _db_option(common, argparse.SUPPRESS)

    sub.add_parser("init", parents=[common], help="create a new, empty encrypted database")

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

    directory = sub.add_parser("directory", help="the service directory").add_subparsers(
        dest="action", metavar="ACTION")
    search = directory.add_parser("search", parents=[common], help="search services")
    search.add_argument("query")
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=int, default=20)
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

    audit = sub.add_parser("audit", help="the audit trail").add_subparsers(dest="action", metavar="ACTION")
    audit.add_parser("verify", parents=[common], help="check that no audit event was removed or altered")
    export = audit.add_parser("export", parents=[common], help="the audit trail as CSV")
    export.add_argument("--out", type=Path, help="write to this file (default: standard output)")
    export.add_argument("--person", metavar="ID", help="only events about this person")
    return parser


def main(argv: list[str] | None = None, *, open_window: OpenWindow | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command in ("demo", "person", "directory", "audit", "backup") and not args.action:
        parser.parse_args([args.command, "--help"])
    try:
        return _dispatch(args, open_window)
    except LinkwellError as exc:
        print(f"linkwell: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("linkwell: stopped.", file=sys.stderr)
        return 130
    except Exception as exc:
        from app.storage.errors import storage_error

        translated = storage_error(exc)
        if translated is None:
            raise
        print(f"linkwell: {translated}", file=sys.stderr)
        return translated.exit_code


def _dispatch(args: argparse.Namespace, open_window: OpenWindow | None) -> int:
    if args.command is None:
        if open_window is None:
            raise LinkwellError("The window opens from the 'linkwell' command; this entry point has no window.")
        return _window(args, open_window)
    db_path = args.db or default_db_path()
    if args.command == "init":
        return _init(db_path)
    if args.command == "demo":
        return _demo_create(db_path, args)
    if args.command == "person":
        return _person(db_path, args)
    if args.command == "audit":
        return _audit(db_path, args)
    if args.command == "backup":
        return _backup(db_path, args)
    return _directory_search(db_path, args)


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


def _new_passphrase() -> str:
    from app.errors import InvalidInput

    passphrase = _passphrase_from_env()
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
        from app.services.demo import DEMO_PASSPHRASE

        passphrase = passphrase or DEMO_PASSPHRASE
        if not db_path.exists():
            _demo_create(db_path, argparse.Namespace(people=80, services=320, seed=1), passphrase)
    return open_window(db_path, demo=args.demo, passphrase=passphrase)


def _init(db_path: Path) -> int:
    from app.storage.database import create_database

    create_database(db_path, _new_passphrase()).close()
    print(f"Created an empty encrypted database at {db_path}")
    print(f"Its key is wrapped under your passphrase in {db_path.name}.key: keep both files together.")
    return 0


def _demo_create(db_path: Path, args: argparse.Namespace, passphrase: str | None = None) -> int:
    from app.services.demo import DEMO_PASSPHRASE, create_demo
    from app.storage.database import create_database

    passphrase = passphrase or _passphrase_from_env() or DEMO_PASSPHRASE
    db = create_database(db_path, passphrase, demo=True)
    try:
        counts = create_demo(db, people=args.people, services=args.services, seed=args.seed)
    except BaseException:
        db.close()
        for suffix in ("", ".key", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        raise
    db.close()
    print(f"Created a demo database of fictional people at {db_path}: "
          f"{counts.people} people, {counts.services} services.", file=sys.stderr)
    if passphrase == DEMO_PASSPHRASE:
        print(f"Its passphrase is: {DEMO_PASSPHRASE}", file=sys.stderr)
    return 0


def _person(db_path: Path, args: argparse.Namespace) -> int:
    from app.services.caseload import Caseload

    if args.action in ("export", "erase", "retention"):
        return _privacy(db_path, args)
    caseload = Caseload(_open(db_path))
    if args.action == "list":
        people = caseload.summaries()
        if args.json:
            _print_json(people)
        else:
            from app.domain.nhs_number import format_display

            for p in people:
                nhs = format_display(p["nhs_number"]) if p["nhs_number"] else "-"
                print(f"{p['id']}  {p['family_name']}, {p['given_name']}  {nhs}  {p['practice'] or '-'}  "
                      f"{p['status'] or 'no referral'}")
        return 0
    detail = caseload.person_detail(args.id, viewed_from="the command line")
    if args.json:
        _print_json(detail)
    else:
        _print_person(detail)
    return 0


def _privacy(db_path: Path, args: argparse.Namespace) -> int:
    from app.errors import InvalidInput
    from app.services.privacy import Privacy

    privacy = Privacy(_open(db_path))
    if args.action == "retention":
        due = privacy.past_retention(args.years)
        for d in due:
            print(f"{d['person_id']}  {d['name']}  closed {d['closed_at'][:10]}")
        print(f"{len(due)} closed referrals are past {args.years} years and due for review.")
        return 0
    if args.action == "export":
        data = privacy.subject_access(args.id)
        args.out.mkdir(parents=True, exist_ok=True)
        target = args.out / f"subject-access-{args.id}.json"
        target.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"Wrote everything held about this person to {target}")
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            raise InvalidInput("Erasure cannot be undone: add --yes to confirm.")
        if input("Erase everything held about this person? This cannot be undone. [y/N] ").lower() != "y":
            print("Nothing was erased.")
            return 1
    privacy.erase(args.id)
    print("Erased. Backups made before now keep their copy until they age out.")
    return 0


def _print_person(d: dict[str, Any]) -> None:
    from app.domain.nhs_number import format_display

    print(f"{d['given_name']} {d['family_name']}  NHS {format_display(d['nhs_number'] or '-')}")
    print(f"Born {d['date_of_birth'] or 'unknown'}; practice {d['practice'] or 'none'}")
    if d["risk_note"]:
        print(f"RISK: {d['risk_note']}")
    for e in d["episodes"]:
        print(f"\nReferral {e['referral_date']} ({e['referral_source']}): {e['status_label']}")
        for h in e["status_history"]:
            print(f"  {h['at'][:16]}  {h['from'] or '-'} -> {h['to']}" + (f"  [{h['snomed']}]" if h["snomed"] else ""))
        for c in e["contacts"]:
            if c["current"]:
                print(f"  contact {c['at'][:10]} {c['kind']} {c['duration_minutes']} min: {c['notes']}")
        for c in e["connections"]:
            print(f"  connection {c['id']}: service {c['service_id']} ({c['kind']}) {c['status']}")


def _directory_search(db_path: Path, args: argparse.Namespace) -> int:
    from app.services.directory import Directory

    hits = Directory(_open(db_path)).search(args.query, limit=args.limit)
    if args.json:
        _print_json([h.to_json() for h in hits])
    elif not hits:
        print(f"No services match {args.query!r}.")
    else:
        for h in hits:
            flags = ", ".join(f for f in (h.status if h.status != "active" else "", h.capacity) if f)
            print(f"{h.name} — {h.organisation or 'independent'} [{flags}]  {h.id}")
    return 0


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


def _backup(db_path: Path, args: argparse.Namespace) -> int:
    from app.errors import InvalidInput
    from app.storage import backup

    if args.action == "create":
        info = backup.create_backup(_open(db_path))
        print(f"Backed up to {info.path}")
        return 0
    if args.action == "list":
        for info in backup.list_backups(db_path):
            print(f"{info.path}  {info.label}")
        return 0
    key = _unlock_key(db_path)
    if args.action == "verify":
        targets = [args.backup] if args.backup else [b.path for b in backup.list_backups(db_path)]
        if not targets:
            print(f"There are no backups of {db_path.name} yet.")
        for path in targets:
            print(f"{path}: sound, {backup.verify_backup(path, key)} people")
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            raise InvalidInput("Restoring replaces the database: add --yes to confirm.")
        if input(f"Replace {db_path.name} with the backup? The current file is kept aside. [y/N] ").lower() != "y":
            print("Nothing was changed.")
            return 1
    chosen, set_aside = backup.restore_backup(db_path, None if args.latest else args.backup, key)
    print(f"Restored the backup from {chosen.label}.")
    if set_aside:
        print(f"The database it replaced is kept as {set_aside}")
    return 0


def _audit(db_path: Path, args: argparse.Namespace) -> int:
    from app.services.audit import Audit

    audit = Audit(_open(db_path))
    if args.action == "verify":
        result = audit.verify()
        for problem in result.problems:
            print(problem)
        print(f"{result.events} audit events: " + ("the trail is intact." if result.ok else "THE TRAIL HAS BEEN TAMPERED WITH."))
        return 0 if result.ok else 1
    text = audit.export_csv(person_id=args.person)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"Wrote {text.count(chr(10)) - 1} audit events to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    sys.exit(main())
