"""The time budget stops the work it bounds where it is, in any thread, and only that work."""

from __future__ import annotations

import contextlib
import gc
import pickle
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Callable

import pytest

from quotes.time_budget import REPEAT, within


class Over(Exception):
    """The error the tests' budgets raise."""


def _late() -> Over:
    return Over("late by the test's budget")


def _spin(seconds: float) -> bool:
    """Work for `seconds`; True when the work ran to its end."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass
    return True


def _in_thread(work: Callable[[], object]) -> list[object]:
    """What `work` returned or raised, run in a thread of its own."""
    out: list[object] = []

    def run() -> None:
        try:
            out.append(work())
        except Exception as exc:  # the outcome the test looks at
            out.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return out


def test_work_past_its_deadline_is_stopped_inside_with_the_budgets_error() -> None:
    with pytest.raises(Over, match="late by the test's budget") as raised:
        within(time.monotonic() + 0.1, _late, lambda: _spin(30))
    assert isinstance(raised.value, Over)


def test_the_error_raised_inside_pickles_as_the_budgets_own() -> None:
    with pytest.raises(Over) as raised:
        within(time.monotonic() + 0.1, _late, lambda: _spin(30))
    again = pickle.loads(pickle.dumps(raised.value))
    assert type(again) is Over and str(again) == "late by the test's budget"


def test_work_that_swallows_the_first_stop_is_stopped_again() -> None:
    def stubborn() -> None:
        try:
            _spin(30)
        except Over:
            _spin(30)

    with pytest.raises(Over):
        within(time.monotonic() + 0.1, _late, stubborn)


def test_a_deadline_already_past_stops_before_the_work() -> None:
    ran: list[bool] = []
    with pytest.raises(Over):
        within(time.monotonic() - 1, _late, lambda: ran.append(True))
    assert ran == []


@pytest.mark.parametrize("deadline", [None, "far"])
def test_work_within_its_budget_runs_to_its_end(deadline: str | None) -> None:
    assert within(None if deadline is None else time.monotonic() + 60, _late,
                  lambda: _spin(0.05)) is True


def test_outside_the_main_thread_work_is_stopped_inside() -> None:
    out = _in_thread(lambda: within(time.monotonic() + 0.1, _late, lambda: _spin(30)))
    assert len(out) == 1 and isinstance(out[0], Over)


def test_outside_the_main_thread_a_deadline_already_past_stops_before_the_work() -> None:
    out = _in_thread(lambda: within(time.monotonic() - 1, _late, lambda: "ran"))
    assert len(out) == 1 and isinstance(out[0], Over)


@pytest.mark.parametrize("stopped", [False, True])
def test_a_thread_goes_on_undisturbed_after_its_budget(stopped: bool) -> None:
    """No error reaches the thread once the bounded work is over, stopped or not, though
    the deadline passes and the watchdog's repeat time goes by."""

    def work() -> str:
        with contextlib.suppress(Over):
            within(time.monotonic() + 0.2, _late, lambda: _spin(30 if stopped else 0.01))
        _spin(0.2 + 3 * REPEAT)
        return "ran on"

    assert _in_thread(work) == ["ran on"]


def test_two_threads_each_stopped_at_their_own_deadline() -> None:
    ends: dict[str, object] = {}

    def run(name: str, seconds: float, work_seconds: float) -> None:
        try:
            ends[name] = within(time.monotonic() + seconds, _late, lambda: _spin(work_seconds))
        except Over as exc:
            ends[name] = exc

    threads = [threading.Thread(target=run, args=("short", 0.1, 30)),
               threading.Thread(target=run, args=("long", 30, 0.3))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert isinstance(ends["short"], Over) and ends["long"] is True


def test_the_error_is_not_raised_inside_a_garbage_collectors_callback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A library's gc callback (Dask registers one) runs inside whatever code allocates;
    an error raised there is printed and swallowed. The budget waits till the reading's
    thread is out of it, so the reading itself is stopped and the callback swallows none.
    (A weak reference's callback, which the collector may run too, is not told apart: an
    error lost there is raised again after REPEAT.)"""
    swallowed: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", swallowed.append)

    def slow_callback(phase: str, info: dict[str, int]) -> None:
        _spin(0.002)

    def allocating() -> None:
        while True:
            [[] for _ in range(2_000)]

    gc.callbacks.append(slow_callback)  # the collector reads this very list
    try:
        with pytest.raises(Over):
            within(time.monotonic() + 0.2, _late, allocating)
    finally:
        gc.callbacks.remove(slow_callback)
    assert [args for args in swallowed if args.object is slow_callback] == []


def test_an_error_lost_in_a_weak_references_callback_is_raised_again_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A weak reference's callback (a finaliser a library sets, run inside whatever code
    drops the last reference) cannot be told apart where the error is set: the error
    ended the callback, Python printed it ("Exception ignored in …") and swallowed it,
    and the reading ran on till the error came again, REPEAT later. The lost error now
    goes to no hook and is raised again at once, in the reading."""
    swallowed: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", swallowed.append)

    class Held:
        """An object a weak reference with a callback watches."""

    def finalise(ref: object) -> None:
        _spin(0.3)

    def dropping() -> bool:
        held = Held()
        watch = weakref.ref(held, finalise)
        del held  # the callback runs here, in this thread, past the deadline
        del watch
        return _spin(3)

    start = time.monotonic()
    with pytest.raises(Over):
        within(start + 0.1, _late, dropping)
    assert time.monotonic() - start < 0.1 + REPEAT / 2
    assert swallowed == []


_PROFILED_AFTER_A_STOP = """
import sys, time
from quotes.time_budget import within

def spin():
    while True:
        pass

try:
    within(time.monotonic() + 0.1, TimeoutError, spin)
except TimeoutError:
    pass
sys.setprofile(lambda frame, event, arg: None)
for _ in range(2_000):
    len([])
sys.setprofile(None)
print("ran on")
"""


def test_a_profiled_thread_runs_on_after_a_stop() -> None:
    """Taking back a pending error left CPython 3.11 checking for one at every call, and a
    profiled loop after it (the tests' call counter) spun for ever: run apart, with a
    timeout, so that a regression fails instead of hanging the suite."""
    done = subprocess.run([sys.executable, "-c", _PROFILED_AFTER_A_STOP], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.stdout.strip() == "ran on", done.stderr[-1_000:]


_ENDLESS_THEN_SHORT = """
import time
from quotes.time_budget import within

def spin():
    while True:
        pass

print(within(time.monotonic() + {budget}, TimeoutError, lambda: time.sleep(0.3) or "ran"))
try:
    within(time.monotonic() + 0.1, TimeoutError, spin)
except TimeoutError:
    print("stopped")
"""


@pytest.mark.parametrize("budget", ["float('inf')", "1e308"], ids=["inf", "1e308"])
def test_a_budget_of_no_end_leaves_the_watchdog_running(budget: str) -> None:
    """`--max-doc-seconds inf` (or 1e308) put the watchdog to sleep for longer than a
    lock can wait: its thread died with a traceback on stderr (OverflowError: timestamp
    out of range), and no later reading of the process was stopped: the loop after it
    ran for ever. Run apart, with a timeout, as a dead watchdog would leave every later
    test's work unbounded."""
    program = _ENDLESS_THEN_SHORT.format(budget=budget)
    try:
        done = subprocess.run([sys.executable, "-c", program], capture_output=True,
                              text=True, timeout=60, check=False)
    except subprocess.TimeoutExpired as expired:
        pytest.fail(f"the reading after it was never stopped: {expired.stderr!r}")
    assert (done.stdout.split(), done.stderr) == (["ran", "stopped"], "")
