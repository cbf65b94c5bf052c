import pytest

from app.domain.status import (
    CONNECTION_MOVES,
    EPISODE_MOVES,
    ConnectionStatus,
    EpisodeStatus,
    next_connection_status,
    next_episode_status,
)
from app.errors import IllegalTransition, InvalidInput


def test_every_allowed_episode_move_is_accepted() -> None:
    for current, targets in EPISODE_MOVES.items():
        for target in targets:
            reason = "goals_met" if target is EpisodeStatus.CLOSED else None
            assert next_episode_status(current, target, closure_reason=reason) is target


def test_illegal_episode_move_names_the_allowed_moves() -> None:
    with pytest.raises(IllegalTransition) as caught:
        next_episode_status("referred", "planned")
    message = str(caught.value)
    assert "'Referred, not yet contacted' cannot move to 'Plan agreed'" in message
    assert "'Contacted, offer made'" in message and "'Closed'" in message


def test_closed_is_final() -> None:
    with pytest.raises(IllegalTransition, match="finished"):
        next_episode_status("closed", "referred")


def test_every_open_status_can_close_and_nothing_else_is_everywhere() -> None:
    for status in EpisodeStatus:
        if status is not EpisodeStatus.CLOSED:
            assert EpisodeStatus.CLOSED in EPISODE_MOVES[status]
    assert EpisodeStatus.PLANNED not in EPISODE_MOVES[EpisodeStatus.REFERRED]


def test_closing_needs_a_known_reason() -> None:
    with pytest.raises(InvalidInput, match="needs a reason"):
        next_episode_status("review", "closed")
    with pytest.raises(InvalidInput, match="not a closure reason"):
        next_episode_status("review", "closed", closure_reason="bored")


def test_unknown_status_lists_the_vocabulary() -> None:
    with pytest.raises(InvalidInput, match="referred, contacted"):
        next_episode_status("referred", "sleeping")


def test_connection_moves_follow_hl7() -> None:
    assert next_connection_status("draft", "requested") is ConnectionStatus.REQUESTED
    assert next_connection_status("accepted", "in-progress") is ConnectionStatus.IN_PROGRESS
    with pytest.raises(IllegalTransition, match="cannot move to 'in-progress'"):
        next_connection_status("draft", "in-progress")
    assert CONNECTION_MOVES[ConnectionStatus.ENTERED_IN_ERROR] == ()


def test_failed_or_rejected_connection_needs_an_outcome_reason() -> None:
    with pytest.raises(InvalidInput, match="needs a reason"):
        next_connection_status("requested", "failed")
    assert next_connection_status("requested", "rejected", outcome_reason="no_capacity") is ConnectionStatus.REJECTED
