"""Reading an Open Referral API (``GET /services``) page by page, with ``modified_after`` for an
incremental refresh. Only ever called when the user gives a URL; nothing here runs by itself."""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from app.errors import InvalidInput
from app.io.openreferral.documents import HSDS3, V1, Document, envelope, from_json, parse_text
from app.io.openreferral.download import Deadline, opener
from app.io.openreferral.errors import ImportCancelled
from app.io.openreferral.limits import Allowance, Limits, TooSlow
from app.i18n import translate

Progress = Callable[[int, int, str], "bool | None"]
MAX_PAGES = 5000


def is_url(source: str) -> bool:
    return urlsplit(source).scheme in ("http", "https")


def label_for(url: str) -> str:
    """A feed is known by its address without the query (page numbers, dates)."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def fetch(url: str, *, modified_after: datetime | None = None, progress: Progress | None = None,
          per_page: int | None = None, limits: Limits | None = None) -> Document:
    """Every page of the feed, within ``limits``: its size (all pages together) and its time."""
    limits = limits or Limits()
    with Deadline(limits.seconds) as deadline:
        return _fetch(url, modified_after, progress, per_page, _Pages(limits, deadline))


def _fetch(url: str, modified_after: datetime | None, progress: Progress | None, per_page: int | None,
           pages_in: _Pages) -> Document:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    if modified_after is not None:
        query["modified_after"] = modified_after.isoformat()
    if per_page is not None:
        query["per_page"] = str(per_page)
    page = int(query.get("page", "1")) if query.get("page", "1").isdigit() else 1
    doc = Document(label_for(url), complete=modified_after is None)
    stated_total: int | None = None
    previous_ids: list[object] = []
    for count in range(MAX_PAGES):
        query["page"] = str(page)
        value = pages_in.get(urlunsplit(parts._replace(query=urlencode(query))), doc.label)
        one = from_json(value, doc.label, whole_feed=False)
        doc.records += one.records
        doc.warnings += one.warnings
        doc.complete = doc.complete and one.complete
        if not isinstance(value, dict) or not one.records:
            break
        generation = one.records[0][0] or HSDS3
        total, pages, _ = envelope(value, generation)
        stated_total = total if count == 0 else stated_total
        ids = [r.get("id") if isinstance(r, dict) else None for _, r in one.records]
        if ids == previous_ids:  # the server ignores ``page``: stop rather than loop
            doc.records = doc.records[: -len(ids)]
            doc.warn("page", translate("directory", "the feed gave the same page twice; it may not support paging"))
            break
        previous_ids = ids
        if progress is not None and progress(count + 1, pages or 0,
                                             translate("directory", "Fetched page {page}").format(page=count + 1)):
            raise ImportCancelled()
        last = value.get("last_page" if generation == HSDS3 else "last")
        if last is True or (pages is not None and count + 1 >= pages):
            break
        page += 1
    else:
        doc.complete = False
        doc.warn("page", translate("directory", "the feed has more than {pages} pages; only the first {pages} were read")
                 .format(pages=MAX_PAGES))
    if stated_total is not None and doc.complete and stated_total != len(doc.records):
        key = "total_items" if (doc.records and doc.records[0][0] != V1) else "totalElements"
        doc.warn(key, translate("directory", "the feed says {total} service(s) but its pages held {held}").format(
            total=stated_total, held=len(doc.records)))
    return doc


class _Pages:
    """Gets pages under one size allowance and one deadline."""

    def __init__(self, limits: Limits, deadline: Deadline) -> None:
        self.limits, self.deadline = limits, deadline
        self.allowance = Allowance(limits)
        self.opener = opener(deadline)

    def get(self, url: str, label: str) -> object:
        remaining = self.deadline.remaining()
        if remaining <= 0:
            raise TooSlow(label, self.limits.seconds)
        request = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": "Linkwell"})
        try:
            with self.opener.open(request, timeout=min(self.limits.read_seconds, remaining)) as response:
                body = self.allowance.read(response, "feed", label)
        except urllib.error.HTTPError as error:
            error.close()
            raise InvalidInput(translate("directory", "The feed at {url} answered {code} {reason}; nothing was imported.").format(url=url, code=error.code, reason=error.reason)) from None
        except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as error:
            if self.deadline.passed:
                raise TooSlow(label, self.limits.seconds) from None
            reason = getattr(error, "reason", error)
            raise InvalidInput(translate("directory", "The feed at {url} could not be reached ({reason}); nothing was imported.").format(url=url, reason=reason)) from None
        finally:
            self.deadline.release()
        if self.deadline.passed:  # the watchdog ended a body sent without a length: it is cut short
            raise TooSlow(label, self.limits.seconds)
        try:
            text = body.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InvalidInput(translate("directory", "The feed at {url} did not send UTF-8 text; nothing was imported.").format(url=url)) from None
        return parse_text(text, url, feed=True)
