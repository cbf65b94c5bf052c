"""Instrument definitions: the built-in ONS4 and UCLA-3 as domain.md gives them, the definition format
an organisation uses for a licensed measure, and the refusals when a definition is wrong."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.instruments import (
    InstrumentError, builtin_instruments, load_definition, load_instruments, parse_definition, pick_pair,
)
from app.errors import InvalidInput, NotFound

ONS4_INTRO = ("Next I would like to ask you four questions about your feelings on aspects of your life. There are "
              "no right or wrong answers. For each of these questions I'd like you to give an answer on a scale of "
              "0 to 10, where 0 is 'not at all' and 10 is 'completely'.")
ONS4_ITEMS = [
    "Overall, how satisfied are you with your life nowadays?",
    "Overall, to what extent do you feel that the things you do in your life are worthwhile?",
    "Overall, how happy did you feel yesterday?",
    "On a scale where nought is 'not at all anxious' and 10 is 'completely anxious', overall, how anxious did "
    "you feel yesterday?",
]

# A made-up measure in the shape of a licensed one: a reverse-scored item and a conversion table.
EXAMPLE: dict[str, Any] = {
    "format": 1,
    "id": "sprightly",
    "name": "Sprightliness scale (made up for tests)",
    "answer_sets": {"agree": {"options": [{"value": 1, "label": "Not at all"}, {"value": 2, "label": "A little"},
                                          {"value": 3, "label": "A lot"}]}},
    "items": [
        {"id": "bounce", "text": "I have felt bouncy.", "answers": "agree"},
        {"id": "sparkle", "text": "I have felt sparkly.", "answers": "agree"},
        {"id": "gloom", "text": "I have felt gloomy.", "answers": "agree"},
    ],
    "scores": [{
        "id": "metric", "label": "Sprightliness (metric)", "rule": "sum", "items": ["bounce", "sparkle", "gloom"],
        "reverse": ["gloom"], "better": "higher", "improvement": 3,
        "conversion": {"3": 10.0, "4": 12.5, "5": 15.0, "6": 17.25, "7": 19.5, "8": 22.0, "9": 25.0},
        "bands": [{"from": 10, "to": 14.99, "label": "Low"}, {"from": 15, "to": 25, "label": "Fine"}],
    }],
}


def _write(folder: Path, name: str, data: Any) -> Path:
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _with(**changes: Any) -> dict[str, Any]:
    return json.loads(json.dumps(EXAMPLE)) | changes


def _score_with(**changes: Any) -> dict[str, Any]:
    """The example with its score changed; a change to None removes the field."""
    data = _with()
    data["scores"][0].update(changes)
    data["scores"][0] = {k: v for k, v in data["scores"][0].items() if v is not None}
    return data


def test_ons4_has_the_exact_wording_and_four_separate_scores() -> None:
    ons4 = load_instruments([]).get("ons4")
    assert ons4.introduction == ONS4_INTRO
    assert [i.text for i in ons4.items] == ONS4_ITEMS
    assert all(i.low == 0 and i.high == 10 for i in ons4.items)
    assert all(s.rule == "item" and len(s.items) == 1 for s in ons4.scores)  # never summed
    assert {s.id: s.better for s in ons4.scores} == {"satisfied": "higher", "worthwhile": "higher",
                                                     "happy": "higher", "anxious": "lower"}


@pytest.mark.parametrize(("score", "value", "band"), [
    ("satisfied", 0, "Low"), ("satisfied", 4, "Low"), ("satisfied", 5, "Medium"), ("happy", 6, "Medium"),
    ("worthwhile", 7, "High"), ("worthwhile", 8, "High"), ("happy", 9, "Very high"), ("happy", 10, "Very high"),
    ("anxious", 0, "Very low"), ("anxious", 1, "Very low"), ("anxious", 2, "Low"), ("anxious", 3, "Low"),
    ("anxious", 4, "Medium"), ("anxious", 5, "Medium"), ("anxious", 6, "High"), ("anxious", 10, "High"),
])
def test_ons4_bands(score: str, value: int, band: str) -> None:
    assert load_instruments([]).get("ons4").score(score).band(value) == band


def test_anxiety_improves_when_it_falls() -> None:
    ons4 = load_instruments([]).get("ons4")
    assert ons4.score("anxious").improved(-2) and not ons4.score("anxious").improved(2)
    assert ons4.score("happy").improved(2) and not ons4.score("happy").improved(0)


def test_ucla3_sums_three_items_from_3_to_9_and_keeps_the_direct_question_apart() -> None:
    ucla = load_instruments([]).get("ucla3")
    assert [i.text for i in ucla.items] == [
        "How often do you feel that you lack companionship?", "How often do you feel left out?",
        "How often do you feel isolated from others?", "How often do you feel lonely?"]
    assert [(a.value, a.label) for a in ucla.item("left_out").answers] == [
        (1, "Hardly ever or never"), (2, "Some of the time"), (3, "Often")]
    total = ucla.score("total")
    assert (total.low, total.high, total.better) == (3, 9, "lower")
    assert ucla.scores_for({"companionship": 3, "left_out": 3, "isolated": 3}) == {"total": 9, "lonely": None}
    assert ucla.scores_for({"companionship": 1, "left_out": 2, "isolated": 1, "lonely": 5}) == {"total": 4, "lonely": 5}
    assert not ucla.item("lonely").required
    assert [a.label for a in reversed(ucla.item("lonely").answers)] == [
        "Often/always", "Some of the time", "Occasionally", "Hardly ever", "Never"]
    assert ucla.score("lonely").band(5) == "Often/always"  # a single question's answers are its bands


@given(st.lists(st.integers(0, 10), min_size=4, max_size=4))
def test_ons4_scores_are_the_answers_themselves(values: list[int]) -> None:
    ons4 = load_instruments([]).get("ons4")
    answers = dict(zip(("satisfied", "worthwhile", "happy", "anxious"), values, strict=True))
    assert ons4.check_answers(answers) == answers
    assert ons4.scores_for(answers) == answers


@given(st.lists(st.integers(1, 3), min_size=3, max_size=3))
def test_ucla3_total_stays_in_range(values: list[int]) -> None:
    ucla = load_instruments([]).get("ucla3")
    total = ucla.scores_for(dict(zip(("companionship", "left_out", "isolated"), values, strict=True)))["total"]
    assert total == sum(values) and 3 <= total <= 9


@pytest.mark.parametrize(("answers", "message"), [
    ({"satisfied": 5, "worthwhile": 5, "happy": 5}, "how anxious did you feel yesterday.*needs an answer"),
    ({"satisfied": 11, "worthwhile": 5, "happy": 5, "anxious": 5}, "'11' is not an answer.*whole number from 0 to 10"),
    ({"satisfied": True, "worthwhile": 5, "happy": 5, "anxious": 5}, "'True' is not an answer"),
    ({"satisfied": 5, "worthwhile": 5, "happy": 5, "anxious": 5, "calm": 3}, "ONS4 has no question 'calm'"),
])
def test_wrong_answers_are_refused_with_a_reason(answers: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        load_instruments([]).get("ons4").check_answers(answers)


def test_option_answers_are_listed_when_refused() -> None:
    with pytest.raises(InvalidInput, match=r"use one of 1 \(Hardly ever or never\), 2 \(Some of the time\)"):
        load_instruments([]).get("ucla3").check_answers({"companionship": 0, "left_out": 1, "isolated": 1})


def test_an_organisations_own_definition_loads_and_scores(tmp_path: Path) -> None:
    _write(tmp_path, "sprightly.json", EXAMPLE)
    found = load_instruments([tmp_path])
    assert found.problems == ()
    sprightly = found.get("sprightly")
    metric = sprightly.score("metric")
    assert (metric.low, metric.high) == (10.0, 25.0)
    # bounce 3 + sparkle 2 + gloom reversed (1 -> 3) = 8 -> 22.0 on the conversion table
    assert sprightly.scores_for({"bounce": 3, "sparkle": 2, "gloom": 1}) == {"metric": 22.0}
    assert metric.band(22.0) == "Fine" and metric.band(12.5) == "Low"
    assert metric.improved(3) and not metric.improved(2.5)  # its own smallest meaningful change


def test_no_licensed_wording_ships() -> None:
    assert sorted(i.id for i in builtin_instruments()) == ["ons4", "ucla3"]
    folder = Path(__file__).resolve().parents[3] / "resources" / "instruments"
    shipped = " ".join(p.read_text(encoding="utf-8") for p in folder.glob("*.json")).lower()
    assert "ons4" in shipped
    for licensed in ("warwick", "edinburgh", "mycaw", "swemwbs", "outcomes star", "eq-5d"):
        assert licensed not in shipped


@pytest.mark.parametrize(("data", "fault"), [
    ("{not json", r"not valid JSON \(line 1"),
    (_with(colour="red"), "the definition has unknown field 'colour'"),
    (_with(format=2), "'format' must be 1"),
    (_with(id="Sprightly"), "'id' must be lower-case"),
    (_with(items=[]), "'items' must be a list of at least one question"),
    (_with(answer_sets={}), "item 'bounce' uses the answer set 'agree', which is not defined"),
    (_score_with(items=["bounce", "wobble"]), "score 'metric' uses 'wobble', which is not an item"),
    (_score_with(rule="product"), "'rule' of score 'metric' must be one of item, sum, mean"),
    (_score_with(better="up"), "'better' of score 'metric' must be 'higher' or 'lower'"),
    (_score_with(reverse=["wobble"]), "'reverse' of score 'metric' must list items that the score uses"),
    (_score_with(conversion={"3": 10, "4": 11}), r"must give every raw total from 3 to 9: it lacks \[5, 6, 7, 8, 9\]"),
    (_score_with(conversion=None, bands=[{"from": 3, "to": 5, "label": "Low"}, {"from": 7, "to": 9, "label": "Hi"}]),
     "the bands of score 'metric' leave 6 without a band"),
    (_score_with(bands=[{"from": 10, "to": 20, "label": "A"}, {"from": 15, "to": 25, "label": "B"}]),
     "band 2 of score 'metric' overlaps the band before it"),
    (_score_with(improvement=0), "'improvement' of score 'metric' must be more than 0"),
])
def test_a_definition_with_an_error_is_refused_naming_the_file(tmp_path: Path, data: Any, fault: str) -> None:
    path = _write(tmp_path, "sprightly.json", data)
    with pytest.raises(InstrumentError, match=f"The instrument definition sprightly.json cannot be used: .*{fault}"):
        load_definition(path)


def test_the_file_name_must_match_the_id(tmp_path: Path) -> None:
    with pytest.raises(InstrumentError, match="its id 'sprightly' must match its file name"):
        load_definition(_write(tmp_path, "wellbeing.json", EXAMPLE))


def test_a_bad_definition_is_set_aside_and_the_rest_still_load(tmp_path: Path) -> None:
    _write(tmp_path, "sprightly.json", _score_with(better="up"))
    _write(tmp_path, "ons4.json", _with(id="ons4"))  # may not replace a built-in
    found = load_instruments([tmp_path])
    assert "sprightly" not in found and "ons4" in found and "ucla3" in found
    assert len(found.problems) == 2
    assert found.problems[0].startswith("The instrument definition ons4.json cannot be used: the id 'ons4' is")
    assert "sprightly.json" in found.problems[1]
    with pytest.raises(NotFound, match="There is no instrument 'sprightly'; the instruments are: ons4, ucla3"):
        found.get("sprightly")


def test_parse_refuses_a_list() -> None:
    with pytest.raises(InstrumentError, match="x.json cannot be used: it must be a JSON object"):
        parse_definition([], "x.json")


def _t(day: int) -> datetime:
    return datetime(2026, 7, day, tzinfo=UTC)


def test_pairing_takes_the_first_baseline_and_the_latest_follow_up() -> None:
    responses = [("review", _t(20), "r20"), ("baseline", _t(2), "b2"), ("closure", _t(28), "c28"),
                 ("review", _t(1), "before-baseline")]
    assert pick_pair(responses) == ("b2", "c28")
    assert pick_pair(responses, until=_t(25)) == ("b2", "r20")
    assert pick_pair(responses, until=_t(10)) is None  # no follow-up yet
    assert pick_pair([("review", _t(5), "r")]) is None  # no baseline
