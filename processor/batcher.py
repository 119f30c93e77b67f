"""Gather concurrent calls into batches; every caller gets its own result.

The pattern of DataLoader and of google-cloud-pubsub's publisher batches: each
caller submits one item and blocks for its own outcome; a batch closes when it
holds ``max_size`` items or ``window_s`` after its first item arrived. The first
caller of a batch leads it: it waits for the batch to close, then runs the batch
function in its own thread (no background threads to start or stop).

At most ``max_in_flight`` batches run at once. While they all run, the next
batch stays open and keeps filling up to ``max_size``, so under load batches
grow instead of multiplying; a lone item still waits only ``window_s``. Likewise,
a batch whose function could not start at once anyway (``ready_in``: the
seconds until the rate limit it meets first would let it through) keeps
filling for that long: the wait is spent gathering, not queueing.

And a batch that its own arrivals would fill soon waits for that: when it is
about to close, the rate at which its items came in so far says how long the
rest would take, and if that is at most ``fill_within_s`` and items are still
coming (the latest came within the last window) it keeps filling (once) for
that long. A storm then sends full batches instead of a lookup per window's
trickle, while a lone item, a light stream, or a batch whose senders are all
waiting on earlier batches (nothing more can come) still closes at once.

The batch function answers each item, in order, with a value or an exception
instance; a batch is an optimisation, never a shared fate. If the function itself
raises, every item of that batch gets that exception.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

BatchFunction = Callable[[list[T]], Sequence["R | BaseException"]]


@dataclass
class _Batch(Generic[T, R]):
    items: list[T] = field(default_factory=list)
    futures: list[Future] = field(default_factory=list)
    full: threading.Event = field(default_factory=threading.Event)
    opened: float = 0.0  # when its first item came
    last: float = 0.0  # when its latest item came


class Batcher(Generic[T, R]):
    def __init__(self, run: BatchFunction, *, max_size: int, window_s: float, max_in_flight: int = 2,
                 ready_in: Callable[[], float] = lambda: 0.0, fill_within_s: float = 0.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if max_size < 1 or window_s < 0 or max_in_flight < 1 or fill_within_s < 0:
            raise ValueError("max_size and max_in_flight must be >= 1, window_s and fill_within_s >= 0")
        self._run = run
        self.max_size = max_size
        self.window_s = window_s
        self._lock = threading.Lock()
        self._open: _Batch[T, R] | None = None
        self._slots = threading.BoundedSemaphore(max_in_flight)
        self._ready_in = ready_in
        self.fill_within_s = fill_within_s
        self._clock = clock

    def submit(self, item: T) -> R:
        """The item's own result; its own exception is raised here."""
        future: Future = Future()
        with self._lock:
            batch, leader = self._open, False
            now = self._clock()
            if batch is None:
                batch, leader = _Batch(opened=now), True
                self._open = batch
            batch.last = now
            batch.items.append(item)
            batch.futures.append(future)
            if len(batch.items) >= self.max_size:
                self._open = None
                batch.full.set()
        if leader:
            self._lead(batch)
        return future.result()

    def _lead(self, batch: _Batch[T, R]) -> None:
        batch.full.wait(self.window_s)
        with self._slots:
            wait = self._ready_in()
            if wait > 0:
                batch.full.wait(wait)
            if (wait := self._time_to_fill(batch)) is not None:
                batch.full.wait(wait)
            with self._lock:
                if self._open is batch:
                    self._open = None
                items, futures = list(batch.items), list(batch.futures)
            try:
                outcomes = list(self._run(items))
                if len(outcomes) != len(items):
                    raise RuntimeError(f"batch function answered {len(outcomes)} of {len(items)} items")
            except BaseException as exc:  # noqa: BLE001 - handed to every caller, who re-raises it
                outcomes = [exc] * len(items)
            for future, outcome in zip(futures, outcomes):
                if isinstance(outcome, BaseException):
                    future.set_exception(outcome)
                else:
                    future.set_result(outcome)

    def _time_to_fill(self, batch: _Batch[T, R]) -> float | None:
        """Seconds the batch would take to fill at the rate its items came in, if that is within
        ``fill_within_s`` and they are still coming (one came within the last window); else None."""
        now = self._clock()
        with self._lock:
            held, opened, last = len(batch.items), batch.opened, batch.last
        if batch.full.is_set() or now - last > self.window_s or now <= opened:
            return None
        wait = (self.max_size - held) * (now - opened) / held
        return wait if wait <= self.fill_within_s else None
