"""``linkwell hub ...``: set up a team hub, manage its PCNs and users, and serve it.

Parsers only at import: psycopg and the web server load when a hub command runs.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import sys
from typing import Any

from app.errors import InvalidInput, LinkwellError

_ROLES = ("link-worker", "manager", "navigator")


def add_parsers(sub: Any) -> None:
    hub = sub.add_parser("hub", help="the team hub (PostgreSQL), for whoever runs it").add_subparsers(
        dest="action", metavar="ACTION")
    dsn = argparse.ArgumentParser(add_help=False)
    dsn.add_argument("--dsn", required=True, help="the hub's PostgreSQL database, as its owner "
                                                  "(postgresql://user:password@host/dbname)")
    hub.add_parser("init", parents=[dsn], help="create or upgrade the hub's schema (safe to run again)")
    pcn = hub.add_parser("add-pcn", parents=[dsn], help="add a primary care network")
    pcn.add_argument("name")
    for verb, text in (("add-user", "add a user and print their one-time enrolment code"),
                       ("remove-user", "revoke a user's access at once")):
        user = hub.add_parser(verb, parents=[dsn], help=text)
        user.add_argument("--pcn", required=True, metavar="NAME")
        user.add_argument("--user", required=True, metavar="NAME")
        if verb == "add-user":
            user.add_argument("--role", choices=_ROLES, default="link-worker")
            user.add_argument("--json", action="store_true", help='print {"user", "pcn", "role", "code"}')
    serve = hub.add_parser("serve", parents=[dsn], help="serve the hub to laptops")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--cert", metavar="FILE", help="TLS certificate (PEM); needed off this computer")
    serve.add_argument("--key", metavar="FILE", help="its private key (PEM)")


def run(args: argparse.Namespace) -> int:
    try:
        import psycopg
    except ImportError:
        raise LinkwellError("The team hub needs its extra packages: pip install 'linkwell[hub]'.") from None
    try:
        return _run(args)
    except psycopg.errors.InsufficientPrivilege:
        raise LinkwellError("The --dsn user may not do that: the hub needs its database's owner, "
                            "allowed to create roles.") from None


def _run(args: argparse.Namespace) -> int:
    from app.hub import admin, schema

    if args.action == "init":
        result = schema.init(args.dsn)
        done = f"applied {', '.join(result.applied)}" if result.applied else "nothing to apply"
        print(f"The hub's schema is at version {result.version} ({done}); the service connects as "
              f"{result.service_role}.")
    elif args.action == "add-pcn":
        admin.add_pcn(args.dsn, args.name)
        print(f"Added the PCN {args.name.strip()!r}.")
    elif args.action == "add-user":
        enrolment = admin.add_user(args.dsn, args.pcn, args.user, args.role)
        if args.json:
            json.dump(vars(enrolment), sys.stdout)
            sys.stdout.write("\n")
        else:
            print(f"{enrolment.user} ({enrolment.role}, {enrolment.pcn}) joins with this one-time code: "
                  f"{enrolment.code}")
    elif args.action == "remove-user":
        admin.remove_user(args.dsn, args.pcn, args.user)
        print(f"{args.user} can no longer reach the hub for {args.pcn}.")
    else:
        return _serve(args)
    return 0


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _serve(args: argparse.Namespace) -> int:
    if bool(args.cert) != bool(args.key):
        raise InvalidInput("Give both --cert and --key for HTTPS, or neither for plain HTTP on this computer.")
    if not args.cert and not _is_loopback(args.host):
        raise InvalidInput(f"Serving on {args.host} needs a certificate (--cert and --key): without one the hub "
                           "serves plain HTTP on this computer only (--host 127.0.0.1).")
    import uvicorn

    from app.hub.schema import service_dsn
    from app.hub.service import create_app

    app = create_app(service_dsn(args.dsn))
    if args.cert:
        print(f"Serving the team hub on https://{args.host}:{args.port}", file=sys.stderr, flush=True)
    else:
        print(f"Serving the team hub on http://{args.host}:{args.port}: plain HTTP, so reachable from this "
              "computer only; give --cert and --key to serve other computers.", file=sys.stderr, flush=True)
    uvicorn.run(app, host=args.host, port=args.port, ssl_certfile=args.cert, ssl_keyfile=args.key,
                log_level="warning", access_log=False)
    return 0
