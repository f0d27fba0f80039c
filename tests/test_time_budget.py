"""The time budget stops the block it bounds where it is, and only in the main thread."""

from __future__ import annotations

import threading
import time

import pytest

from quotes.time_budget import budget


class Over(Exception):
    """The error the tests' budgets raise."""


def _spin(seconds: float) -> bool:
    """Work for `seconds`; True when the work ran to its end."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass
    return True


def test_a_block_past_its_deadline_is_stopped_inside() -> None:
    with pytest.raises(Over), budget(time.monotonic() + 0.1, Over):
        _spin(30)


def test_a_block_that_swallows_the_first_stop_is_stopped_again() -> None:
    def stubborn() -> None:
        try:
            _spin(30)
        except Over:
            _spin(30)

    with pytest.raises(Over), budget(time.monotonic() + 0.1, Over):
        stubborn()


def test_a_deadline_already_past_stops_before_the_block() -> None:
    ran = []
    with pytest.raises(Over), budget(time.monotonic() - 1, Over):
        ran.append(True)
    assert ran == []


@pytest.mark.parametrize("deadline", [None, "far"])
def test_a_block_within_its_budget_runs_to_its_end(deadline: str | None) -> None:
    with budget(None if deadline is None else time.monotonic() + 60, Over):
        assert _spin(0.05)


def test_outside_the_main_thread_no_timer_is_armed() -> None:
    done: list[bool] = []

    def work() -> None:
        with budget(time.monotonic() + 0.05, Over):
            done.append(_spin(0.3))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert done == [True]


def test_outside_the_main_thread_a_deadline_already_past_stops_before_the_block() -> None:
    raised: list[bool] = []

    def work() -> None:
        try:
            with budget(time.monotonic() - 1, Over):
                pass
        except Over:
            raised.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert raised == [True]


def test_the_timer_and_handler_are_put_back() -> None:
    import signal

    before = signal.getsignal(signal.SIGALRM)
    with budget(time.monotonic() + 60, Over):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before
