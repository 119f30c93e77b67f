"""Retries for Customer.io calls: urllib3's ``Retry``, bounded by the delivery's budget and rate limiter.

The budget is per thread (a ``ContextVar``), set by ``retry_budget`` around the
work of one batch: once it has passed no request is sent, and a retry whose wait
would end after it is not made.
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Iterator

from urllib3.exceptions import InvalidHeader, MaxRetryError, ResponseError
from urllib3.util.retry import Retry

from processor.ratelimit import RateLimiter

TRANSIENT_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("deadline", default=None)


def _budget_spent() -> MaxRetryError:
    # requests turns this into RetryError, which _send maps to TransientError.
    return MaxRetryError(None, "", ResponseError("retry budget spent"))  # type: ignore[arg-type]


class BudgetedRetry(Retry):
    """urllib3's ``Retry`` that gives up once the delivery's budget is spent, and sends
    each retry through the API's rate limiter."""

    limiter: RateLimiter | None = None

    def new(self, **kw) -> BudgetedRetry:
        retry = super().new(**kw)
        retry.limiter = self.limiter
        return retry

    def is_exhausted(self) -> bool:
        deadline = _deadline.get()
        return super().is_exhausted() or (deadline is not None and time.monotonic() >= deadline)

    def sleep(self, response=None) -> None:
        retry_after = None
        if self.respect_retry_after_header and response is not None:
            try:
                retry_after = self.get_retry_after(response)
            except InvalidHeader:  # an unreadable Retry-After: fall back to our own backoff
                retry_after = None
        wait = retry_after if retry_after is not None else self.get_backoff_time()
        deadline = _deadline.get()
        if deadline is not None and time.monotonic() + wait >= deadline:
            raise _budget_spent()  # the retry could only start after the budget: do not send it
        if retry_after is not None and self.limiter is not None:
            self.limiter.hold(retry_after)
        if wait > 0:
            time.sleep(wait)
        if self.limiter is not None and not self.limiter.acquire(deadline):
            raise _budget_spent()


def retry_policy(limiter: RateLimiter | None = None) -> Retry:
    retry = BudgetedRetry(
        total=6,
        backoff_factor=0.5,
        backoff_max=8.0,
        backoff_jitter=0.25,
        retry_after_max=15,
        status_forcelist=TRANSIENT_STATUSES,
        # search and attributes are reads; PUT and batch identify are idempotent
        allowed_methods=frozenset({"GET", "PUT", "POST"}),
        respect_retry_after_header=True,
        raise_on_status=False,  # hand back the last answer; _check maps it
    )
    retry.limiter = limiter
    return retry


@contextlib.contextmanager
def retry_budget(seconds: float) -> Iterator[None]:
    """Bound all requests made inside the block (this thread) to ``seconds`` from now."""
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def deadline() -> float | None:
    """The current budget's end (``time.monotonic()``), if one is set."""
    return _deadline.get()
