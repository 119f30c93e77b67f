"""A per-instance rate limiter for calls to one Customer.io API.

Generic cell rate algorithm (a token bucket kept as one "theoretical arrival
time"): ``burst`` calls may go at once, then one every ``1 / rate_per_s``
seconds. Callers reserve their slot under a lock and sleep outside it, so
concurrent deliveries queue in arrival order instead of racing for tokens.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable


class RateLimiter:
    """``rate_per_s`` calls a second after a burst of ``burst``; a rate of 0 means unlimited."""

    def __init__(self, rate_per_s: float, burst: int | None = None, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if rate_per_s < 0 or (burst is not None and burst < 1):
            raise ValueError("the rate must be >= 0 and the burst >= 1")
        self.rate_per_s = float(rate_per_s)
        self._interval = 1.0 / rate_per_s if rate_per_s else 0.0
        burst = burst if burst is not None else max(1, math.ceil(rate_per_s))
        self._tolerance = (burst - 1) * self._interval
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._tat = clock()  # the time at which the bucket would be empty again

    def reserve(self, deadline: float | None = None) -> float | None:
        """Book the next call; the seconds to wait before making it, or None (nothing booked)
        when that moment falls after ``deadline`` (a ``clock()`` value)."""
        if not self._interval:
            return 0.0
        with self._lock:
            now = self._clock()
            go_at = max(now, self._tat - self._tolerance)
            if deadline is not None and go_at > deadline:
                return None
            self._tat = max(self._tat, now) + self._interval
            return go_at - now

    def free_in(self, calls: int = 1) -> float:
        """Seconds until ``calls`` calls could go one after the other without waiting; books nothing."""
        if not self._interval:
            return 0.0
        with self._lock:
            return max(0.0, self._tat + (calls - 1) * self._interval - self._tolerance - self._clock())

    def acquire(self, deadline: float | None = None) -> bool:
        """Wait for a slot; False, without waiting, when none is free before ``deadline``."""
        wait = self.reserve(deadline)
        if wait is None:
            return False
        if wait > 0:
            self._sleep(wait)
        return True

    def hold(self, seconds: float) -> None:
        """Make every caller wait at least ``seconds`` from now (the API said ``Retry-After``)."""
        if not self._interval or seconds <= 0:
            return
        with self._lock:
            self._tat = max(self._tat, self._clock() + seconds + self._tolerance)
