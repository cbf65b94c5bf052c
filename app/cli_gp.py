"""``linkwell gp send``, ``linkwell outbox list|deliver`` and ``linkwell mesh configure``: the GP record
outbox from the command line, through the same core as the window (``core.gp_record``)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import Any

from app.errors import InvalidInput

PASSWORD_ENV = "LINKWELL_MESH_PASSWORD"
SHARED_KEY_ENV = "LINKWELL_MESH_SHARED_KEY"
COMMANDS = ("gp", "outbox", "mesh")


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    gp = sub.add_parser("gp", help="the GP record: send a letter straight into it (GP Connect over MESH)") \
        .add_subparsers(dest="action", metavar="ACTION", required=True)
    send = gp.add_parser("send", parents=[common],
                         help="queue the GP letter (codes and dates only without consent) for the GP record")
    send.add_argument("--person", required=True, metavar="ID")
    send.add_argument("--episode", metavar="ID", help="a referral other than the latest")
    outbox = sub.add_parser("outbox", help="messages to the GP record, and their state") \
        .add_subparsers(dest="action", metavar="ACTION", required=True)
    listed = outbox.add_parser("list", parents=[common], help="every message: queued, sent, delivered, "
                               "acknowledged or failed (with the reason)")
    listed.add_argument("--json", action="store_true")
    listed.add_argument("--person", metavar="ID", help="only this person's messages")
    deliver = outbox.add_parser("deliver", parents=[common],
                                help="send what is queued over MESH and read acknowledgements")
    deliver.add_argument("--json", action="store_true")
    mesh = sub.add_parser("mesh", help="this laptop's MESH mailbox") \
        .add_subparsers(dest="action", metavar="ACTION", required=True)
    configure = mesh.add_parser("configure", parents=[common], help=(
        f"set the MESH mailbox (password from {PASSWORD_ENV} and shared key from {SHARED_KEY_ENV}, "
        "else asked; kept in the keyring or wrapped under the database key)"))
    configure.add_argument("--url", required=True, help="MESH's address, such as https://msg.intspineservices.nhs.uk")
    configure.add_argument("--mailbox", required=True, metavar="ID")
    configure.add_argument("--ods", required=True, metavar="CODE", help="the sending organisation's ODS code")
    configure.add_argument("--cert", default="", metavar="FILE", help="client certificate (PEM), where MESH asks")
    configure.add_argument("--key", default="", metavar="FILE", help="its private key (PEM)")
    configure.add_argument("--ca", default="", metavar="FILE", help="CA bundle to trust for MESH")


def _secret(env: str, prompt: str) -> str:
    value = os.environ.get(env) or ""
    if value:
        return value
    if not sys.stdin.isatty():
        raise InvalidInput(f"Set {env}, or run this in a terminal to be asked for it.")
    return getpass.getpass(prompt)


def run(args: argparse.Namespace, open_db: Callable[[], Any], say: Callable[..., None],
        print_json: Callable[[Any], None]) -> int:
    from app.core import Linkwell

    core = Linkwell(open_db())
    try:
        gp = core.gp_record
        if args.command == "mesh":
            say(gp.configure(args.url, args.mailbox, args.ods,
                             password=_secret(PASSWORD_ENV, f"Password for MESH mailbox {args.mailbox}: "),
                             shared_key=_secret(SHARED_KEY_ENV, "MESH shared key: "),
                             cert=args.cert, key=args.key, ca=args.ca))
            return 0
        if args.command == "gp":
            changes = gp.send(args.person, args.episode)
            item = next(m for m in gp.messages(args.person) if m.id == changes.created_id)
            form = "codes and dates only" if item.codes_only else "the GP letter"
            say(f"Queued for {item.practice}'s GP record ({form}); 'linkwell outbox deliver' sends it.")
            return 0
        if args.action == "list":
            items = gp.messages(args.person)
            if args.json:
                print_json([i.as_json() for i in items])
            elif not items:
                say("The outbox is empty.")
            for i in [] if args.json else items:
                said = f" ({i.reason})" if i.reason else ""
                say(f"{i.queued_at:%d-%b-%Y %H:%M}  {i.person}  to {i.practice}: {i.state}{said}")
            return 0
        report = gp.deliver(force=True)
        if args.json:
            print_json(report.as_json())
        else:
            say(report.sentence())
        return 0 if not report.problem else 3
    finally:
        core.close()

