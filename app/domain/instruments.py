"""Outcome measures as data: instrument definitions, their validation and their scoring.

A definition is a JSON file (format described in ``resources/instruments/README.md``): items with
their answers, and *scores* computed from the items (one item, a sum or a mean, optionally reverse
scored and converted through a table), each with the direction that counts as better and optional
bands. ONS4 and UCLA-3 ship in ``resources/instruments/``; an organisation that holds a licence for
another measure puts its own definition in the ``instruments`` folder of Linkwell's configuration
folder. A definition with any error is refused whole, with a message naming the file and the fault.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVar

from app.errors import InvalidInput, NotFound

FORMAT = 1
TIMEPOINTS = ("baseline", "review", "closure")  # baseline at the what-matters conversation
FOLLOW_UPS = ("review", "closure")
RULES = ("item", "sum", "mean")
_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_TOP_KEYS = {"format", "id", "name", "short_name", "source", "licence", "notes", "introduction",
             "answer_sets", "items", "scores"}
_ITEM_KEYS = {"id", "text", "answers", "required", "short"}
_SCORE_KEYS = {"id", "label", "rule", "items", "reverse", "better", "bands", "conversion", "decimals",
               "improvement"}


class InstrumentError(InvalidInput):
    """A definition that cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True)
class Answer:
    value: int
    label: str


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    answers: tuple[Answer, ...]  # every allowed answer, lowest value first
    required: bool = True
    short: str = ""

    @property
    def low(self) -> int:
        return self.answers[0].value

    @property
    def high(self) -> int:
        return self.answers[-1].value

    def label_for(self, value: int) -> str:
        return next((a.label for a in self.answers if a.value == value), str(value))


@dataclass(frozen=True)
class Band:
    low: float
    high: float
    label: str


@dataclass(frozen=True)
class Score:
    """One number computed from the answers, reported on its own."""

    id: str
    label: str
    rule: str  # item, sum or mean
    items: tuple[str, ...]
    reverse: frozenset[str]
    better: str  # higher or lower
    bands: tuple[Band, ...]
    conversion: Mapping[int, float] | None  # raw total -> reported score
    decimals: int
    improvement: float | None  # smallest change in the better direction that counts as improved
    low: float
    high: float

    def better_change(self, change: float) -> float:
        """The change with its sign turned so that a positive number is always an improvement."""
        return change if self.better == "higher" else -change

    def improved(self, change: float) -> bool:
        gain = self.better_change(change)
        return gain >= self.improvement if self.improvement is not None else gain > 0

    def band(self, value: float | None) -> str | None:
        if value is None:
            return None
        return next((b.label for b in self.bands if b.low <= value <= b.high), None)


@dataclass(frozen=True)
class Instrument:
    id: str
    name: str
    short_name: str
    introduction: str
    items: tuple[Item, ...]
    scores: tuple[Score, ...]
    source: str = ""
    licence: str = ""
    notes: str = ""
    origin: str = ""  # the file it came from

    def item(self, item_id: str) -> Item:
        return next(i for i in self.items if i.id == item_id)

    def score(self, score_id: str) -> Score:
        return next(s for s in self.scores if s.id == score_id)

    def check_answers(self, answers: Mapping[str, Any]) -> dict[str, int]:
        """The answers as ``{item id: value}``, or ``InvalidInput`` saying what is missing or wrong."""
        known = {i.id: i for i in self.items}
        unknown = [k for k in answers if k not in known]
        if unknown:
            raise InvalidInput(f"{self.short_name} has no question {', '.join(map(repr, unknown))}; "
                               f"its questions are: {', '.join(known)}.")
        out: dict[str, int] = {}
        for item in self.items:
            value = answers.get(item.id)
            if value is None:
                if item.required:
                    raise InvalidInput(f"{self.short_name}: the question '{item.text}' needs an answer.")
                continue
            allowed = [a.value for a in item.answers]
            if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
                raise InvalidInput(f"{self.short_name}: '{value}' is not an answer to '{item.text}'; "
                                   f"use {_allowed(item)}.")
            out[item.id] = value
        return out

    def scores_for(self, answers: Mapping[str, int]) -> dict[str, float | None]:
        """Every score; None where a question it needs was not answered."""
        return {s.id: compute(s, self, answers) for s in self.scores}


def compute(score: Score, instrument: Instrument, answers: Mapping[str, int]) -> float | None:
    values = []
    for item_id in score.items:
        value = answers.get(item_id)
        if value is None:
            return None
        if item_id in score.reverse:
            item = instrument.item(item_id)
            value = item.low + item.high - value
        values.append(value)
    raw: float = sum(values) if score.rule != "mean" else sum(values) / len(values)
    if score.conversion is not None:
        raw = score.conversion[int(raw)]
    return round(raw, score.decimals) if score.decimals else raw


def _allowed(item: Item) -> str:
    if all(a.label == str(a.value) or a.label.startswith(f"{a.value} (") for a in item.answers):
        return f"a whole number from {item.low} to {item.high}"
    return "one of " + ", ".join(f"{a.value} ({a.label})" for a in item.answers)


# --- reading and checking a definition -------------------------------------------------------


class _Check:
    """Collects the context of a fault so the message says where it is."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, what: str) -> InstrumentError:
        return InstrumentError(f"The instrument definition {self.name} cannot be used: {what}.")

    def keys(self, found: Mapping[str, Any], allowed: set[str], where: str) -> None:
        extra = sorted(set(found) - allowed)
        if extra:
            raise self.fail(f"{where} has unknown field {', '.join(map(repr, extra))} "
                            f"(allowed: {', '.join(sorted(allowed))})")

    def text(self, value: Any, where: str, *, required: bool = True) -> str:
        if value is None and not required:
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(f"{where} must be some text")
        return value.strip()

    def whole(self, value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"{where} must be a whole number, not {value!r}")
        return value

    def number(self, value: Any, where: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise self.fail(f"{where} must be a number, not {value!r}")
        return float(value)


def parse_definition(data: Any, name: str) -> Instrument:
    """A checked ``Instrument`` from decoded JSON; ``name`` (the file name) goes in any message."""
    c = _Check(name)
    if not isinstance(data, dict):
        raise c.fail("it must be a JSON object")
    c.keys(data, _TOP_KEYS, "the definition")
    if data.get("format") != FORMAT:
        raise c.fail(f"'format' must be {FORMAT} (found {data.get('format')!r})")
    ident = data.get("id")
    if not isinstance(ident, str) or not _ID.match(ident):
        raise c.fail("'id' must be lower-case letters, digits and _ (starting with a letter), e.g. 'swemwbs'")
    answer_sets = data.get("answer_sets", {})
    if not isinstance(answer_sets, dict):
        raise c.fail("'answer_sets' must be an object of named answer sets")
    sets = {key: _answers(c, value, f"answer set '{key}'") for key, value in answer_sets.items()}
    items = _items(c, data.get("items"), sets)
    scores = _scores(c, data.get("scores"), {i.id: i for i in items})
    return Instrument(
        id=ident,
        name=c.text(data.get("name"), "'name'"),
        short_name=c.text(data.get("short_name"), "'short_name'", required=False) or c.text(data.get("name"), "'name'"),
        introduction=c.text(data.get("introduction"), "'introduction'", required=False),
        items=items, scores=scores,
        source=c.text(data.get("source"), "'source'", required=False),
        licence=c.text(data.get("licence"), "'licence'", required=False),
        notes=c.text(data.get("notes"), "'notes'", required=False),
        origin=name,
    )


def _answers(c: _Check, spec: Any, where: str) -> tuple[Answer, ...]:
    if not isinstance(spec, dict):
        raise c.fail(f"{where} must be an object with 'min' and 'max', or with 'options'")
    if "options" in spec:
        c.keys(spec, {"options"}, where)
        options = spec["options"]
        if not isinstance(options, list) or len(options) < 2:
            raise c.fail(f"{where} needs at least two options")
        found = []
        for k, option in enumerate(options, 1):
            if not isinstance(option, dict):
                raise c.fail(f"option {k} of {where} must be an object with 'value' and 'label'")
            c.keys(option, {"value", "label"}, f"option {k} of {where}")
            found.append(Answer(c.whole(option.get("value"), f"the value of option {k} of {where}"),
                                c.text(option.get("label"), f"the label of option {k} of {where}")))
        values = [a.value for a in found]
        if len(set(values)) != len(values):
            raise c.fail(f"{where} gives the same value to two options")
        return tuple(sorted(found, key=lambda a: a.value))
    c.keys(spec, {"min", "max", "min_label", "max_label"}, where)
    low, high = c.whole(spec.get("min"), f"'min' of {where}"), c.whole(spec.get("max"), f"'max' of {where}")
    if high <= low or high - low > 100:
        raise c.fail(f"{where} must run from 'min' up to a larger 'max' (at most 100 steps)")
    labels = {low: c.text(spec.get("min_label"), f"'min_label' of {where}", required=False),
              high: c.text(spec.get("max_label"), f"'max_label' of {where}", required=False)}
    return tuple(Answer(v, f"{v} ({labels[v]})" if labels.get(v) else str(v)) for v in range(low, high + 1))


def _entry_id(c: _Check, raw: Any, k: int, what: str, keys: set[str], taken: set[str]) -> str:
    """The id of the k-th item or score, checked: an object, known keys, a well-formed, unused id."""
    if not isinstance(raw, dict):
        raise c.fail(f"{what} {k} must be an object")
    c.keys(raw, keys, f"{what} {k}")
    ident = raw.get("id")
    if not isinstance(ident, str) or not _ID.match(ident):
        raise c.fail(f"{what} {k} needs an 'id' of lower-case letters, digits and _")
    if ident in taken:
        raise c.fail(f"two {what}s have the id '{ident}'")
    return ident


def _items(c: _Check, spec: Any, sets: dict[str, tuple[Answer, ...]]) -> tuple[Item, ...]:
    if not isinstance(spec, list) or not spec:
        raise c.fail("'items' must be a list of at least one question")
    items: list[Item] = []
    for k, raw in enumerate(spec, 1):
        ident = _entry_id(c, raw, k, "item", _ITEM_KEYS, {i.id for i in items})
        where = f"item '{ident}'"
        answers = raw.get("answers")
        if isinstance(answers, str):
            if answers not in sets:
                raise c.fail(f"{where} uses the answer set '{answers}', which is not defined in 'answer_sets'")
            chosen = sets[answers]
        else:
            chosen = _answers(c, answers, f"the answers of {where}")
        required = raw.get("required", True)
        if not isinstance(required, bool):
            raise c.fail(f"'required' of {where} must be true or false")
        items.append(Item(id=ident, text=c.text(raw.get("text"), f"the text of {where}"), answers=chosen,
                          required=required, short=c.text(raw.get("short"), f"'short' of {where}", required=False)))
    return tuple(items)


def _scores(c: _Check, spec: Any, items: dict[str, Item]) -> tuple[Score, ...]:
    if not isinstance(spec, list) or not spec:
        raise c.fail("'scores' must be a list of at least one score")
    scores: list[Score] = []
    for k, raw in enumerate(spec, 1):
        ident = _entry_id(c, raw, k, "score", _SCORE_KEYS, {s.id for s in scores})
        scores.append(_score(c, raw, ident, items))
    return tuple(scores)


def _score(c: _Check, raw: dict[str, Any], ident: str, items: dict[str, Item]) -> Score:
    where = f"score '{ident}'"
    rule = raw.get("rule")
    if rule not in RULES:
        raise c.fail(f"'rule' of {where} must be one of {', '.join(RULES)} (found {rule!r})")
    used = raw.get("items")
    if not isinstance(used, list) or not used or not all(isinstance(i, str) for i in used):
        raise c.fail(f"'items' of {where} must list the ids of the questions it uses")
    missing = [i for i in used if i not in items]
    if missing:
        raise c.fail(f"{where} uses {', '.join(map(repr, missing))}, which is not an item")
    if len(set(used)) != len(used):
        raise c.fail(f"{where} lists an item twice")
    if rule == "item" and len(used) != 1:
        raise c.fail(f"{where} has rule 'item', so it must use exactly one item")
    reverse = raw.get("reverse", [])
    if not isinstance(reverse, list) or any(r not in used for r in reverse):
        raise c.fail(f"'reverse' of {where} must list items that the score uses")
    better = raw.get("better")
    if better not in ("higher", "lower"):
        raise c.fail(f"'better' of {where} must be 'higher' or 'lower'")
    lows = [items[i].low for i in used]
    highs = [items[i].high for i in used]
    low, high = (sum(lows), sum(highs)) if rule != "mean" else (sum(lows) / len(used), sum(highs) / len(used))
    conversion = None
    if "conversion" in raw:
        conversion = _conversion(c, raw["conversion"], where, rule, int(low), int(high))
        low, high = min(conversion.values()), max(conversion.values())
    decimals = raw.get("decimals", 2 if rule == "mean" or conversion else 0)
    if isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= 4:
        raise c.fail(f"'decimals' of {where} must be a whole number from 0 to 4")
    improvement = None
    if "improvement" in raw:
        improvement = c.number(raw["improvement"], f"'improvement' of {where}")
        if improvement <= 0:
            raise c.fail(f"'improvement' of {where} must be more than 0")
    integral = rule != "mean" and conversion is None
    bands = _bands(c, raw.get("bands", []), where, low, high, integral)
    if not bands and rule == "item" and integral:  # a single question: its answers are its bands
        bands = tuple(Band(a.value, a.value, a.label) for a in items[used[0]].answers
                      if a.label != str(a.value) and not a.label.startswith(f"{a.value} ("))
    return Score(id=ident, label=c.text(raw.get("label"), f"'label' of {where}"), rule=rule, items=tuple(used),
                 reverse=frozenset(reverse), better=better, bands=bands, conversion=conversion,
                 decimals=decimals, improvement=improvement, low=low, high=high)


def _conversion(c: _Check, spec: Any, where: str, rule: str, low: int, high: int) -> dict[int, float]:
    if rule != "sum":
        raise c.fail(f"{where} has a 'conversion' table, which needs the rule 'sum'")
    if not isinstance(spec, dict):
        raise c.fail(f"'conversion' of {where} must map each raw total (as text) to a score")
    table: dict[int, float] = {}
    for key, value in spec.items():
        try:
            raw = int(key)
        except ValueError:
            raise c.fail(f"'conversion' of {where} has the key {key!r}, which is not a whole number") from None
        table[raw] = c.number(value, f"the conversion of {key} in {where}")
    expected = set(range(low, high + 1))
    if set(table) != expected:
        gaps, extra = sorted(expected - set(table)), sorted(set(table) - expected)
        said = "; ".join(p for p in (f"it lacks {gaps}" if gaps else "", f"it has {extra} outside the range"
                                     if extra else "") if p)
        raise c.fail(f"'conversion' of {where} must give every raw total from {low} to {high}: {said}")
    return table


def _bands(c: _Check, spec: Any, where: str, low: float, high: float, integral: bool) -> tuple[Band, ...]:
    if not isinstance(spec, list):
        raise c.fail(f"'bands' of {where} must be a list")
    bands: list[Band] = []
    for k, raw in enumerate(spec, 1):
        if not isinstance(raw, dict):
            raise c.fail(f"band {k} of {where} must be an object with 'from', 'to' and 'label'")
        c.keys(raw, {"from", "to", "label"}, f"band {k} of {where}")
        band = Band(c.number(raw.get("from"), f"'from' of band {k} of {where}"),
                    c.number(raw.get("to"), f"'to' of band {k} of {where}"),
                    c.text(raw.get("label"), f"'label' of band {k} of {where}"))
        if band.low > band.high:
            raise c.fail(f"band {k} of {where} runs backwards ({band.low:g} to {band.high:g})")
        if bands and band.low <= bands[-1].high:
            raise c.fail(f"band {k} of {where} overlaps the band before it (bands go lowest first)")
        if band.low < low or band.high > high:
            raise c.fail(f"band {k} of {where} goes outside the score's range {low:g} to {high:g}")
        bands.append(band)
    if bands and integral:
        covered = {v for b in bands for v in range(int(b.low), int(b.high) + 1)}
        gaps = [v for v in range(int(low), int(high) + 1) if v not in covered]
        if gaps:
            raise c.fail(f"the bands of {where} leave {', '.join(map(str, gaps))} without a band")
    return tuple(bands)


def load_definition(path: Path | Any) -> Instrument:
    """One definition file (a ``Path`` or an ``importlib.resources`` file), checked."""
    name = getattr(path, "name", str(path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InstrumentError(f"The instrument definition {name} cannot be used: it is not valid JSON "
                              f"(line {exc.lineno}, column {exc.colno}: {exc.msg}).") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InstrumentError(f"The instrument definition {name} cannot be read ({exc}).") from None
    instrument = parse_definition(data, name)
    stem = name.rsplit("/", 1)[-1].removesuffix(".json")
    if instrument.id != stem:
        raise InstrumentError(f"The instrument definition {name} cannot be used: its id '{instrument.id}' "
                              f"must match its file name (call the file {instrument.id}.json).")
    return instrument


# --- the set in use -------------------------------------------------------------------------


@dataclass(frozen=True)
class InstrumentSet:
    """The instruments available: the built-in ones and any the organisation added.

    ``problems`` holds one sentence per definition that was refused (the rest still load).
    """

    instruments: tuple[Instrument, ...]
    problems: tuple[str, ...] = ()

    def get(self, instrument_id: str) -> Instrument:
        for instrument in self.instruments:
            if instrument.id == instrument_id:
                return instrument
        known = ", ".join(i.id for i in self.instruments)
        raise NotFound(f"There is no instrument '{instrument_id}'; the instruments are: {known}.")

    def __contains__(self, instrument_id: object) -> bool:
        return instrument_id in self._ids

    @cached_property
    def _ids(self) -> frozenset[str]:
        return frozenset(i.id for i in self.instruments)

    def __iter__(self) -> Any:
        return iter(self.instruments)

    def scorer(self) -> Callable[[str, str], dict[str, float | None]]:
        """``score(instrument id, answers as stored JSON)``; each distinct answer set is scored once
        (answer sets repeat a great deal, which matters when a report scores 100,000 of them)."""
        memo: dict[tuple[str, str], dict[str, float | None]] = {}

        def score(instrument: str, answers: str) -> dict[str, float | None]:
            found = memo.get((instrument, answers))
            if found is None:
                found = memo[(instrument, answers)] = self.get(instrument).scores_for(json.loads(answers))
            return found

        return score


@cache
def builtin_instruments() -> tuple[Instrument, ...]:
    """The shipped definitions; an error in one of them is a bug and raises."""
    from app.paths import resource

    folder = resource("instruments")
    return tuple(load_definition(f) for f in sorted(folder.iterdir(), key=lambda f: f.name)
                 if f.name.endswith(".json"))


def user_instruments_dir() -> Path:
    from app.paths import user_config_dir

    return user_config_dir() / "instruments"


def load_instruments(extra_dirs: Iterable[Path] | None = None) -> InstrumentSet:
    """Built-in instruments plus the definitions in ``extra_dirs`` (default: the user's folder)."""
    found = list(builtin_instruments())
    problems: list[str] = []
    for folder in (extra_dirs if extra_dirs is not None else [user_instruments_dir()]):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                instrument = load_definition(path)
            except InstrumentError as exc:
                problems.append(str(exc))
                continue
            if any(i.id == instrument.id for i in found):
                problems.append(f"The instrument definition {path.name} cannot be used: the id "
                                f"'{instrument.id}' is already taken by another instrument.")
                continue
            found.append(instrument)
    return InstrumentSet(tuple(found), tuple(problems))


# --- before and after -----------------------------------------------------------------------


def pick_pair(responses: Iterable[tuple[str, Any, Any]], *, until: Any = None) -> tuple[Any, Any] | None:
    """The baseline and the latest follow-up of one episode on one instrument.

    ``responses`` are ``(timepoint, taken_at, payload)``; the baseline is the earliest baseline, the
    follow-up the latest review or closure taken after it (and no later than ``until``, if given).
    Returns ``(baseline payload, follow-up payload)``, or None when either is missing.
    """
    found = pick_responses(responses, until=until)
    return (found[0][2], found[1][2]) if found else None


Response = TypeVar("Response", bound=tuple[Any, ...])


def pick_responses(responses: Iterable[Response], *, until: Any = None) -> tuple[Response, Response] | None:
    """``pick_pair``, giving the two responses whole (each begins ``timepoint, taken_at``)."""
    ordered = sorted(responses, key=itemgetter(1))
    baseline = next((r for r in ordered if r[0] == "baseline" and (until is None or r[1] <= until)), None)
    if baseline is None:
        return None
    follow = [r for r in ordered if r[0] in FOLLOW_UPS and r[1] > baseline[1] and (until is None or r[1] <= until)]
    return (baseline, follow[-1]) if follow else None
