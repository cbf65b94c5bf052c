"""``linkwell sync ...``: join a team hub, sync now, and see what is waiting."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    sync = sub.add_parser("sync", help="share this caseload and directory through the team hub").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    join = sync.add_parser("join", parents=[common], help="join a team hub with a one-time code")
    join.add_argument("url", help="the hub's address, such as https://hub.example.nhs.uk:8443")
    join.add_argument("--user", required=True, metavar="NAME")
    join.add_argument("--code", required=True, help="the one-time code from whoever runs the hub")
    join.add_argument("--ca", metavar="FILE", type=Path,
                      help="the PCN's own certificate (PEM), when its hub's is not one this computer trusts")
    now = sync.add_parser("now", parents=[common], help="send this laptop's changes and fetch the team's")
    now.add_argument("--json", action="store_true", help='print {"pushed", "pulled", "conflicts", "overwritten"}')
    state = sync.add_parser("status", parents=[common], help="the hub, changes waiting, and the last sync")
    state.add_argument("--json", action="store_true",
                       help='print {"hub", "user", "pcn", "pending", "last_synced", "conflicts"}')
    listed = sync.add_parser("conflicts", parents=[common],
                             help="status moves made two ways on different laptops, waiting for a choice")
    listed.add_argument("--json", action="store_true", help="print a list of conflicts, in words")
    listed.add_argument("--all", action="store_true", help="include conflicts already settled")
    replaced = sync.add_parser("replaced", parents=[common],
                               help="values edited here and replaced by a later edit on another laptop")
    replaced.add_argument("--json", action="store_true")
    aside = sync.add_parser("set-aside", parents=[common],
                            help="records a sync could not take here (the same NHS number added on two laptops)")
    aside.add_argument("--json", action="store_true", help="print a list of what was set aside, in words")
    looked = sync.add_parser("who-looked", parents=[common],
                             help="who in the team looked at a person's record (asks the hub)")
    looked.add_argument("person", metavar="PERSON", help="the person's id (from 'linkwell person list')")
    looked.add_argument("--json", action="store_true", help='print a list of {"by", "at", "laptop", "how", "said"}')
    settle = sync.add_parser("resolve", parents=[common], help="choose which of two status moves stands")
    settle.add_argument("conflict", metavar="ID", help="the conflict's number in 'sync conflicts', or its id from --json")
    settle.add_argument("--keep", required=True, metavar="mine|theirs|WHO|STEP",
                        help="keep the move made on this laptop (mine) or on the other (theirs); on a laptop "
                             "that made neither, name who made it or the step it moved to")


HANDOVER_ACTIONS = ("hand-over", "acknowledge", "handed-to-me")


def add_person_parsers(person: Any, common: argparse.ArgumentParser) -> None:
    """``linkwell person hand-over|acknowledge|handed-to-me``: handing people over through the team hub."""
    give = person.add_parser("hand-over", parents=[common], help="hand a person over to another worker of the team")
    give.add_argument("id", metavar="PERSON", help="the person's id (from 'linkwell person list')")
    give.add_argument("--to", required=True, metavar="USER", help="the team member, by their name on the hub")
    give.add_argument("--note", default="", help="a word for them: what is going on, what is next")
    take = person.add_parser("acknowledge", parents=[common],
                             help="take up a person handed to you, without opening their record")
    take.add_argument("id", metavar="PERSON")
    mine = person.add_parser("handed-to-me", parents=[common],
                             help="people handed to you that you have not yet opened or taken up")
    mine.add_argument("--json", action="store_true")


def run_person(args: argparse.Namespace, open_db: Callable[[], Any]) -> int:
    from app.services.caseload.handover import Handovers

    handovers = Handovers(open_db(), actor="cli")
    if args.action == "hand-over":
        handovers.hand_over(args.id, args.to, args.note)
        print(f"Handed over to {args.to.strip()}; it reaches them on the next sync.")
    elif args.action == "acknowledge":
        handovers.acknowledge(args.id)
        print("Taken up; the team sees it on the next sync.")
    else:
        waiting = handovers.waiting()
        if args.json:
            json.dump([{"person_id": h.person_id, "name": h.name, "by": h.by, "at": h.at.isoformat(),
                        "note": h.note, "said": h.said} for h in waiting], sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")
        for h in [] if args.json else waiting:
            print(f"{h.name}: {h.said}")
        if not waiting and not args.json:
            print("No one has been handed to you.")
    return 0


def run(args: argparse.Namespace, open_db: Callable[[], Any]) -> int:
    from app.sync import conflicts, engine

    db = open_db()
    if args.action == "join":
        joined = engine.join(db, args.url, args.user, args.code, ca=args.ca)
        print(f"Joined {joined['pcn']} as {joined['user']} ({joined['role']}); run 'linkwell sync now' to "
              "send and fetch the team's records.")
    elif args.action == "now":
        result = engine.sync_now(db).as_json()
        if args.json:
            json.dump(result, sys.stdout)
            sys.stdout.write("\n")
        else:
            n = result["conflicts"]
            waiting = (f" {n} status conflict{' needs' if n == 1 else 's need'} a person's choice: see "
                       "'linkwell sync conflicts'." if n else "")
            print(f"Sent {result['pushed']} changes and received {result['pulled']}.{waiting}")
    elif args.action == "conflicts":
        listed = conflicts.listing(db, include_resolved=args.all)
        if args.json:
            json.dump(listed, sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")
        elif not listed:
            print("No status conflicts are waiting for a choice.")
        else:
            for number, item in enumerate(listed, 1):
                print(f"{number}. {item['summary']}")
                for move in item["moves"]:
                    print(f"  {move['said']}")
                mine = any(m["mine"] for m in item["moves"])
                named = "|".join(shlex.quote(m["by"]) for m in item["moves"])
                print(f"  To choose: linkwell sync resolve {number} --keep {'mine|theirs' if mine else named}")
    elif args.action == "replaced":
        from app.sync import replaced

        values = replaced.listing(db)
        if args.json:
            json.dump(values, sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")
        for item in [] if args.json else values:
            print(item["said"])
        if not values and not args.json:
            print("No value kept here has been replaced by another laptop's edit.")
    elif args.action == "set-aside":
        from app.sync import set_aside

        items = set_aside.listing(db)
        if args.json:
            json.dump(items, sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")
        for item in [] if args.json else items:
            print(f"{item['said']}\n  What to do: {item['resolve']}")
        if not items and not args.json:
            print("Nothing has been set aside on this laptop.")
    elif args.action == "who-looked":
        from app.sync.who_looked import who_looked

        views = who_looked(db, args.person)
        if args.json:
            json.dump(views, sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")
        for view in [] if args.json else views:
            print(view["said"])
        if not views and not args.json:
            print("No one in the team has looked at this record.")
    elif args.action == "resolve":
        conflicts.resolve(db, args.conflict, args.keep)
        print("Your choice is saved and goes to the team on the next sync.")
    else:
        state = engine.status(db)
        if args.json:
            json.dump(state, sys.stdout)
            sys.stdout.write("\n")
        elif not state["hub"]:
            print("This database has not joined a team hub.")
        else:
            n = state.get("conflicts") or 0
            waiting = f"; {n} status conflict{'' if n == 1 else 's'} to settle" if n else ""
            print(f"Team hub {state['hub']} ({state['pcn']}): {state['pending']} changes waiting; "
                  f"last synced {state['last_synced'] or 'never'}{waiting}.")
    return 0
