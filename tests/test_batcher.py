"""processor.batcher: batches close on size or window, every caller gets its own outcome."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from processor.batcher import Batcher

pytestmark = pytest.mark.timeout(20)


class Recorder:
    """A batch function that answers each item with its double, or an error for negatives."""

    def __init__(self, gate: threading.Event | None = None) -> None:
        self.batches: list[list[int]] = []
        self.gate = gate
        self.lock = threading.Lock()

    def __call__(self, items: list[int]) -> list:
        with self.lock:
            self.batches.append(list(items))
        if self.gate is not None:
            self.gate.wait(10)
        return [ValueError(f"negative {i}") if i < 0 else i * 2 for i in items]


def submit_all(batcher: Batcher, items: list[int]) -> list:
    def one(item: int):
        try:
            return batcher.submit(item)
        except ValueError as exc:
            return str(exc)
    with ThreadPoolExecutor(len(items)) as pool:
        return list(pool.map(one, items))


def test_a_batch_closes_as_soon_as_it_holds_max_size_items():
    recorder = Recorder()
    # A window far longer than the test's timeout: only the size can close these batches.
    batcher = Batcher(recorder, max_size=4, window_s=600, max_in_flight=2)
    assert submit_all(batcher, list(range(8))) == [i * 2 for i in range(8)]
    assert sorted(len(b) for b in recorder.batches) == [4, 4]


def test_a_lone_item_is_sent_when_the_window_closes():
    recorder = Recorder()
    batcher = Batcher(recorder, max_size=50, window_s=0.01)
    assert batcher.submit(21) == 42
    assert recorder.batches == [[21]]


def test_each_caller_gets_its_own_result_or_its_own_error():
    batcher = Batcher(Recorder(), max_size=3, window_s=600)
    assert submit_all(batcher, [1, -2, 3]) == [2, "negative -2", 6]


def test_an_exception_from_the_batch_function_reaches_every_caller_of_that_batch():
    def broken(items):
        raise RuntimeError("boom")
    batcher = Batcher(broken, max_size=2, window_s=600)
    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(batcher.submit, i) for i in (1, 2)]
        for future in futures:
            with pytest.raises(RuntimeError, match="boom"):
                future.result()


def test_a_batch_function_that_answers_too_few_items_fails_the_batch_instead_of_misrouting():
    batcher = Batcher(lambda items: items[:-1], max_size=2, window_s=600)
    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(batcher.submit, i) for i in (1, 2)]
        for future in futures:
            with pytest.raises(RuntimeError, match="answered 1 of 2"):
                future.result()


def test_while_the_in_flight_limit_is_reached_the_next_batch_keeps_filling():
    gate = threading.Event()
    recorder = Recorder(gate)
    batcher = Batcher(recorder, max_size=10, window_s=0.0, max_in_flight=1)
    with ThreadPoolExecutor(8) as pool:
        first = pool.submit(batcher.submit, 0)
        _wait_for(lambda: len(recorder.batches) == 1)
        rest = [pool.submit(batcher.submit, i) for i in range(1, 6)]
        # The second batch's leader waits for the slot; its window (0 s) has long closed.
        _wait_for(lambda: batcher._open is not None and len(batcher._open.items) == 5)
        gate.set()
        assert first.result() == 0
        assert [f.result() for f in rest] == [2, 4, 6, 8, 10]
    assert recorder.batches == [[0], [1, 2, 3, 4, 5]]


def test_settings_that_cannot_batch_are_refused():
    with pytest.raises(ValueError):
        Batcher(Recorder(), max_size=0, window_s=0.1)
    with pytest.raises(ValueError):
        Batcher(Recorder(), max_size=5, window_s=0.1, fill_within_s=-1)


def _wait_for(condition, timeout_s: float = 5.0) -> None:
    event = threading.Event()
    for _ in range(int(timeout_s / 0.01)):
        if condition():
            return
        event.wait(0.01)
    raise AssertionError("condition not met before the deadline")


def test_a_batch_that_could_not_start_yet_keeps_filling_instead_of_closing_on_its_window():
    recorder = Recorder()
    waits = iter([30.0])  # the first batch meets a rate limit for longer than the test runs
    batcher = Batcher(recorder, max_size=5, window_s=0.001, ready_in=lambda: next(waits, 0.0))
    # Closed by its size while it waited: one batch of five, not five batches of one.
    assert submit_all(batcher, [1, 2, 3, 4, 5]) == [2, 4, 6, 8, 10]
    assert [sorted(b) for b in recorder.batches] == [[1, 2, 3, 4, 5]]


def test_a_lone_item_waits_out_only_the_rate_limit_it_would_meet_anyway():
    recorder = Recorder()
    batcher = Batcher(recorder, max_size=50, window_s=0.001, ready_in=lambda: 0.01)
    assert batcher.submit(7) == 14
    assert recorder.batches == [[7]]





class FillHarness:
    """Items submitted at set clock times while the batch's leader is held at its rate-limit wait;
    then the leader is released, at a set time, to decide whether to keep filling."""

    def __init__(self, *, max_size: int, fill_within_s: float) -> None:
        self.now = 0.0
        self.reads = 0
        self.recorder = Recorder()
        self.at_rate_limit = threading.Event()
        self.release = threading.Event()
        self.batcher = Batcher(self.recorder, max_size=max_size, window_s=0.001, fill_within_s=fill_within_s,
                               clock=self._clock, ready_in=self._ready_in)
        self.pool = ThreadPoolExecutor(8)
        self.futures = []

    def _clock(self) -> float:
        self.reads += 1
        return self.now

    def _ready_in(self) -> float:
        self.at_rate_limit.set()
        self.release.wait(5)
        return 0.0

    def submit(self, item: int, at: float) -> None:
        self.now = at
        batch = self.batcher._open
        held = len(batch.items) if batch is not None else 0
        self.futures.append(self.pool.submit(self.batcher.submit, item))
        if batch is None:
            assert self.at_rate_limit.wait(5)
        else:
            _wait_for(lambda: len(batch.items) == held + 1)

    def decide_at(self, moment: float) -> None:
        """Release the leader at ``moment`` and wait until it has read the clock for its decision."""
        self.now = moment
        reads = self.reads
        self.release.set()
        _wait_for(lambda: self.reads > reads or len(self.recorder.batches) > 0)

    def results(self) -> list:
        out = [f.result() for f in self.futures]
        self.pool.shutdown()
        return out


def test_a_batch_its_arrivals_would_fill_soon_waits_to_be_full_instead_of_closing_on_its_window():
    harness = FillHarness(max_size=4, fill_within_s=600)
    harness.submit(1, at=0.0)
    harness.submit(2, at=5.0)
    harness.decide_at(5.0)  # two items in 5 s, the latest just now: two more would take 5 s, within 600 s
    harness.submit(3, at=5.0)
    harness.submit(4, at=5.0)
    assert harness.results() == [2, 4, 6, 8]
    assert [sorted(b) for b in harness.recorder.batches] == [[1, 2, 3, 4]]


@pytest.mark.parametrize(("fill_within_s", "second_at", "decide_at"), [
    (10, 5.0, 5.0),  # two items in 5 s: eight more would take 20 s, longer than the 10 s allowed
    (600, 0.0, 5.0),  # nothing came for 5 s: its senders are waiting on earlier batches, nothing more will come
    (0, 5.0, 5.0),  # no fill limit: the window decides, however fast items come
])
def test_a_batch_that_would_not_fill_soon_closes_on_its_window(fill_within_s, second_at, decide_at):
    harness = FillHarness(max_size=10, fill_within_s=fill_within_s)
    harness.submit(1, at=0.0)
    harness.submit(2, at=second_at)
    harness.decide_at(decide_at)
    _wait_for(lambda: len(harness.recorder.batches) == 1)
    assert harness.results() == [2, 4]
    assert harness.recorder.batches == [[1, 2]]
