"""Drive the real Linkwell window with real X key presses (xdotool) and photograph each step.

Run by scripts/walkthrough.sh, which starts Xvfb and `linkwell --demo` first. Nothing here calls
into the app's widgets: keys go through the X server as a person's would. At the end the database
is opened and checked for everything typed. The person is fictional (an NHS test-range number).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtGui import QGuiApplication

OUT = Path(os.environ["WALK_OUT"])
DB = Path(os.environ["WALK_DB"])
GIVEN, FAMILY = "Eluned", "Wiśniewska-Price"
NHS = "999 314 1593"
WHAT_MATTERS = "Getting back to singing with other people"
GOAL = "Join a choir by the spring"
ACTION = "Go to a choir taster session"
WAITING = ("Bronwen", "Kowalczyk-Jones", "Someone to walk with in the mornings")
WORKER = "Carys Morgan"  # the link worker at the keyboard (fictional)
CLOSING_NOTE = "Singing weekly; knows to come back any time."
CONTACT_NOTE = "Phoned: went to the choir taster, loved it, going again."
DEBUG = os.environ.get("WALK_DEBUG") == "1"  # a picture after every key, to see where focus went
step = 0
debug_step = 0


def debug_shot(what: str) -> None:
    global debug_step
    if DEBUG:
        debug_step += 1
        time.sleep(0.3)
        (OUT / "debug").mkdir(exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9+]+", "_", what)[:30]
        QGuiApplication.primaryScreen().grabWindow(0).save(str(OUT / "debug" / f"{debug_step:03d}-{name}.png"))


def xdo(*args: str) -> str:
    return subprocess.run(["xdotool", *args], check=True, capture_output=True, text=True).stdout.strip()


def window(title: str, timeout: float = 30) -> str:
    """The newest visible window whose title matches ``title`` (a regex), once it is there."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title],
                               check=False, capture_output=True, text=True).stdout.split()
        if found:
            return found[-1]
        time.sleep(0.2)
    picture = OUT / "failed.png"  # what the screen showed instead, to see where it went wrong
    QGuiApplication.primaryScreen().grabWindow(0).save(str(picture))
    raise SystemExit(f"No window titled {title!r} appeared within {timeout:.0f} s; the screen is in {picture}.")


def gone(title: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title],
                              check=False, capture_output=True, text=True).stdout.split():
            return
        time.sleep(0.2)
    raise SystemExit(f"The window titled {title!r} did not close within {timeout:.0f} s.")


def keys(*combos: str, pause: float = 0.35) -> None:
    for combo in combos:
        xdo("key", "--clearmodifiers", combo)
        time.sleep(pause)
        debug_shot(combo)


def type_text(text: str) -> None:
    # xdotool types a letter the keyboard map lacks (ś) by mapping it to a spare key for a moment;
    # given no time, the window reads the key after the map has changed back and the letter is lost.
    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]", text):
        slow = not run.isascii()
        xdo("type", "--delay", "150" if slow else "25", run)
        time.sleep(0.4 if slow else 0.05)
    time.sleep(0.3)
    debug_shot(text)


def geometry(wid: str) -> tuple[int, int, int, int]:
    values = dict(line.split("=") for line in xdo("getwindowgeometry", "--shell", wid).split())
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def shot(name: str, caption: str, *windows: str) -> None:
    """The screen where ``windows`` are (all of it when none are given)."""
    global step
    step += 1
    time.sleep(0.8)  # let the last paint reach the X server
    path = OUT / f"{step:02d}-{name}.png"
    screen = QGuiApplication.primaryScreen()
    if windows:
        boxes = [geometry(w) for w in windows]
        left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
        right, bottom = max(b[0] + b[2] for b in boxes), max(b[1] + b[3] for b in boxes)
        picture = screen.grabWindow(0, left, top, right - left, bottom - top)
    else:
        picture = screen.grabWindow(0)
    if not picture.save(str(path)):
        raise SystemExit(f"Could not save {path}")
    print(f"{path}: {caption}")


def main() -> int:
    app = QGuiApplication([sys.argv[0]])  # only to read the X screen
    main_window = window("^Linkwell — DEMO", timeout=90)
    xdo("windowfocus", "--sync", main_window)
    time.sleep(2.5)  # the caseload and Today fill in
    shot("start", "Linkwell opens on Today and the caseload, and asks once who is working")
    keys("alt+n")  # Your name: who did what, in the timeline, letters and the audit trail
    type_text(WORKER)
    keys("Return")
    time.sleep(1)

    keys("ctrl+n")
    intake = window("^New referral$")
    xdo("windowfocus", "--sync", intake)
    type_text(GIVEN)
    keys("Tab")
    type_text(FAMILY)
    keys("Tab")
    type_text("14/02/1961")
    keys("Tab")
    type_text(NHS)
    keys("Tab", "Tab", "Tab", "Tab")  # phone, email, postcode: left empty; to the practice
    type_text("Castle")
    keys("Tab", "Tab", "space", "Tab")  # communication needs; agrees to share with the GP; source
    type_text("Self")
    # referrer, organisation, then the date's day, month and year (Tab steps through a date): to the reasons
    keys("Tab", "Tab", "Tab", "Tab", "Tab", "Tab")
    type_text("Lone")
    keys("space")
    shot("intake", "Ctrl+N: a new person and their self-referral, typed field by field", main_window, intake)
    keys("Return")
    gone("^New referral$")
    person = window(f"^{GIVEN} {FAMILY} — Linkwell$")
    xdo("windowfocus", "--sync", person)
    time.sleep(1)
    shot("record", "The new person's record: only the legal next steps are offered", person)

    keys("alt+o", "alt+c", "alt+w")  # offer made, accepted, what matters conversation held
    keys("alt+m")  # the What matters and plan tab: the focus goes to its first field
    type_text(WHAT_MATTERS)
    keys("Tab", "Tab", "space")  # past strengths to Save what matters
    keys("Tab", "Tab")  # past the plan to the new goal
    type_text(GOAL)
    keys("Return")
    keys("Tab", "Tab")  # past Add goal to the new action
    type_text(ACTION)
    keys("Tab")
    type_text("Eluned")
    keys("Tab")
    type_text("01/03/2027")
    keys("shift+Tab", "shift+Tab", "Return")
    keys("alt+p")  # plan agreed
    shot("plan", "Accepted, what matters recorded, a goal and an action agreed: all by keyboard", person)

    keys("ctrl+shift+s")
    connect = window("Connect")
    xdo("windowfocus", "--sync", connect)
    type_text("choir")
    time.sleep(1)  # results come as you type
    shot("connect", "Ctrl+Shift+S: find a service as you type; Enter refers to the first", person, connect)
    keys("Return")
    gone("Connect")
    xdo("windowfocus", "--sync", person)

    keys("ctrl+shift+c")
    contact = window("^Add a contact$")
    xdo("windowfocus", "--sync", contact)
    type_text("Ph")
    keys("Tab", "Tab")  # past the date and time (one field, now unless changed) to the minutes
    type_text("15")
    keys("Tab")
    type_text(CONTACT_NOTE)
    shot("contact", "Ctrl+Shift+C: the follow-up call, saved as a draft while it is typed", person, contact)
    keys("Tab", "space")
    gone("^Add a contact$")
    xdo("windowfocus", "--sync", person)

    keys("alt+v")  # review
    keys("alt+l")
    closing = window("^Close the referral$")
    xdo("windowfocus", "--sync", closing)
    type_text("Goals")
    keys("Tab")
    type_text(CLOSING_NOTE)
    keys("Tab")  # the choir connection is still open: what became of it
    type_text("Not")  # referred by Enter but never sent: not needed now
    shot("close", "Alt+L: close with a reason, and what became of each open connection", person, closing)
    keys("Return")
    gone("^Close the referral$")
    xdo("windowfocus", "--sync", person)
    time.sleep(1)
    keys("alt+t")  # the timeline
    shot("closed", "Reviewed and closed; the timeline keeps every step with its SNOMED CT code", person)

    xdo("windowraise", main_window)
    xdo("windowfocus", "--sync", main_window)
    keys("ctrl+shift+w")
    capture = window("^Waiting-room capture$")
    xdo("windowfocus", "--sync", capture)
    type_text(WAITING[0])
    keys("Tab")
    type_text(WAITING[1])
    keys("Tab")
    type_text("07700 900123")
    keys("Tab", "Tab", "Tab")  # past the optional date of birth and practice
    type_text(WAITING[2])
    shot("waiting-room", "Ctrl+Shift+W: a self-referral in the waiting room, in four fields", main_window, capture)
    keys("Return")
    gone("^Waiting-room capture$")
    window(f"^{WAITING[0]} {WAITING[1]} — Linkwell$")

    xdo("windowraise", main_window)
    xdo("windowfocus", "--sync", main_window)
    keys("ctrl+k")
    finder = window("^Find a person$")
    xdo("windowfocus", "--sync", finder)
    type_text("wisniewska")
    time.sleep(1)
    shot("find", "Ctrl+K finds anyone as you type: no accents needed, typos forgiven", main_window, finder)
    keys("Escape")
    app.quit()
    return check()


def _acted_as(db: object, worker: str) -> bool:
    """Whether the audit trail names the worker (not the computer's login) for what the window did."""
    con = db.connect()  # type: ignore[attr-defined]
    try:
        return con.execute("SELECT count(*) FROM auditevent WHERE actor = ?", (worker,)).fetchone()[0] > 0
    finally:
        con.close()


def check() -> int:
    """The database holds what was typed."""
    from app.services.caseload.facade import Caseload
    from app.services.caseload.plans import Plans
    from app.storage.database import open_database

    db = open_database(DB, passphrase=os.environ["LINKWELL_PASSPHRASE"])
    try:
        caseload = Caseload(db, actor="walkthrough check")
        people = [p for p in caseload.summaries() if p["family_name"] == FAMILY]
        assert len(people) == 1, f"expected one {FAMILY}, found {len(people)}"
        detail = caseload.person_detail(people[0]["id"], viewed_from="the walkthrough check")
        episode = detail["episodes"][0]
        plan = Plans(db).plan(episode["id"])
        found = {
            "NHS number": detail["nhs_number"] == re.sub(r"\D", "", NHS),
            "self-referral": episode["referral_source"] == "self",
            "reason": episode["reasons"] == ["loneliness"],
            "what matters": plan["what_matters"] == WHAT_MATTERS,
            "goal and action": plan["goals"][0]["text"] == GOAL
            and plan["goals"][0]["actions"][0]["text"] == ACTION,
            "connection": len(episode["connections"]) == 1,
            "contact": [c["notes"] for c in episode["contacts"]] == [CONTACT_NOTE],
            "closed": (episode["status"], episode["closure_reason"]) == ("closed", "goals_met"),
            "closing note": episode["status_history"][-1]["note"] == CLOSING_NOTE,
            "connection's ending": episode["connections"][0]["status"] == "cancelled",
            "the worker's name": _acted_as(db, WORKER),
        }
        captured = [p for p in caseload.summaries() if p["family_name"] == WAITING[1]]
        found["waiting-room self-referral"] = len(captured) == 1 and (
            caseload.person_detail(captured[0]["id"], viewed_from="the walkthrough check")["episodes"][0]
            ["referral_source"] == "self")
    finally:
        db.close()
    for what, ok in found.items():
        print(f"{'ok  ' if ok else 'MISSING'} {what}")
    return 0 if all(found.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
