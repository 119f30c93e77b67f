"""processor.ratelimit with a hand-driven clock: no sleeping."""

from __future__ import annotations

import pytest

from processor.ratelimit import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def limiter(rate: float, burst: int | None = None) -> tuple[RateLimiter, Clock]:
    clock = Clock()
    return RateLimiter(rate, burst, clock=clock, sleep=clock.sleep), clock


def test_a_full_bucket_lets_a_burst_of_rate_calls_through_at_once():
    bucket, clock = limiter(10)
    assert [bucket.reserve() for _ in range(10)] == pytest.approx([0.0] * 10)


def test_calls_beyond_the_burst_are_spaced_one_interval_apart_in_arrival_order():
    bucket, _ = limiter(10)
    for _ in range(10):
        bucket.reserve()
    assert [bucket.reserve() for _ in range(3)] == pytest.approx([0.1, 0.2, 0.3])


def test_acquire_sleeps_for_its_slot():
    bucket, clock = limiter(2, burst=1)
    assert bucket.acquire() and bucket.acquire()
    assert clock.slept == pytest.approx([0.5])


def test_idle_time_refills_the_bucket_but_never_beyond_the_burst():
    bucket, clock = limiter(5, burst=2)
    for _ in range(2):
        bucket.reserve()
    clock.now += 60
    assert [bucket.reserve() for _ in range(3)] == pytest.approx([0.0, 0.0, 0.2])


def test_a_slot_after_the_deadline_is_refused_and_not_booked():
    bucket, clock = limiter(1, burst=1)
    assert bucket.reserve() == 0.0
    assert bucket.reserve(deadline=clock.now + 0.5) is None
    assert not bucket.acquire(deadline=clock.now + 0.5)
    assert clock.slept == []
    assert bucket.reserve(deadline=clock.now + 1.0) == pytest.approx(1.0)


def test_hold_makes_every_caller_wait_out_a_retry_after():
    bucket, clock = limiter(10)
    bucket.hold(3)
    assert bucket.reserve() == pytest.approx(3.0)
    assert bucket.reserve() == pytest.approx(3.1)


def test_rate_zero_is_unlimited():
    bucket, clock = limiter(0)
    bucket.hold(10)
    assert all(bucket.acquire(deadline=clock.now) for _ in range(1000))
    assert clock.slept == []


@pytest.mark.parametrize(("rate", "burst"), [(-1, None), (1, 0)])
def test_invalid_settings_are_refused(rate, burst):
    with pytest.raises(ValueError):
        RateLimiter(rate, burst)


def test_free_in_tells_when_a_run_of_calls_could_go_without_booking_anything():
    bucket, clock = limiter(10, 2)
    assert bucket.free_in(2) == pytest.approx(0.0)
    bucket.reserve(), bucket.reserve()
    assert bucket.free_in(1) == pytest.approx(0.1)
    assert bucket.free_in(2) == pytest.approx(0.2)
    assert bucket.free_in(2) == pytest.approx(0.2)  # asking books nothing
    clock.now += 0.2
    assert bucket.free_in(2) == pytest.approx(0.0)
    assert limiter(0)[0].free_in(5) == 0.0
