"""dlq replay/purge logic at scale, against a stand-in queue: oldest first, bounded concurrency,
per-number order, failed acknowledgements reported, unreadable letters kept."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta, timezone

import pytest

from common.errors import TransientError
from common.event import Action, OptEvent
from optout import dlq
from optout.deadletters import DeadLetter, dead_letter_from
from optout.errors import CliError

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc)


def letter(n: int, *, phone: str | None = None, minutes: int | None = None, received_at: float | None = None,
           data: bytes | None = None) -> DeadLetter:
    event = OptEvent(Action.OPT_OUT if n % 2 else Action.OPT_IN, phone or f"+1555555{n:04d}", "STOP",
                     f"SM{n:032x}", received_at or 1764000000.0 + n)
    readable = data is None
    return DeadLetter(ack_id=f"ack-{n}", message_id=str(9000 + n), data=data or event.encode(), attributes={},
                      dead_lettered_at=T0 + timedelta(minutes=n if minutes is None else minutes),
                      reason="no_matching_profile", detail="", delivery_attempts=None,
                      event=event if readable else None, unreadable=None if readable else "malformed_event: x")


class FakeQueue:
    def __init__(self, letters, fail_acks: set[str] = frozenset()) -> None:
        self.letters = list(letters)
        self.acked: list[str] = []
        self.released: list[str] = []
        self.fail_acks = fail_acks
        self._lock = threading.Lock()

    def scan(self):
        yield from self.letters

    def release(self, letters):
        self.released.extend(letter.message_id for letter in letters)

    def acknowledge(self, letters):
        if any(letter.message_id in self.fail_acks for letter in letters):
            raise CliError("acknowledging on dlq: deadline exceeded")
        with self._lock:
            self.acked.extend(letter.message_id for letter in letters)


class RecordingPublish:
    def __init__(self, delay_s: float = 0.0, fail_on: str | None = None) -> None:
        self.published: list[OptEvent] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self.delay_s = delay_s
        self.fail_on = fail_on

    def __call__(self, event: OptEvent) -> str:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if event.message_sid == self.fail_on:
                raise TransientError("publish timed out")
            time.sleep(self.delay_s)
            with self._lock:
                self.published.append(event)
            return "m"
        finally:
            with self._lock:
                self.in_flight -= 1


def test_limit_picks_the_oldest_dead_letters_and_hands_the_rest_back():
    letters = [letter(n, minutes=m) for n, m in enumerate([30, 5, 50, 1, 20])]
    queue = FakeQueue(letters)

    chosen = dlq.choose(queue, dlq.Selection(limit=2), show_progress=False)

    assert [c.message_id for c in chosen] == ["9003", "9001"]
    assert sorted(queue.released) == ["9000", "9002", "9004"]


def test_replay_publishes_concurrently_within_the_bound_and_acknowledges_every_letter():
    letters = [letter(n) for n in range(200)]
    queue, publish = FakeQueue(letters), RecordingPublish(delay_s=0.002)

    report = dlq.replay(queue, publish, dlq.Selection(), dry_run=False, show_progress=False, workers=8)

    assert report.replayed == 200 and report.ack_failed == []
    assert sorted(queue.acked) == sorted(letter.message_id for letter in letters)
    assert 1 < publish.max_in_flight <= 8


def test_one_numbers_events_are_republished_in_the_order_they_were_sent():
    phone = "+15555550177"
    letters = [letter(n, phone=phone, received_at=1764000000.0 + (10 - n)) for n in range(10)]
    letters += [letter(n) for n in range(10, 60)]
    publish = RecordingPublish()

    dlq.replay(FakeQueue(letters), publish, dlq.Selection(), dry_run=False, show_progress=False, workers=8)

    times = [e.received_at for e in publish.published if e.phone == phone]
    assert times == sorted(times) and len(times) == 10


def test_acknowledgements_that_fail_are_reported_not_dropped(monkeypatch):
    monkeypatch.setattr(dlq, "ACK_BATCH", 1)
    letters = [letter(n) for n in range(5)]
    queue = FakeQueue(letters, fail_acks={"9002"})

    report = dlq.replay(queue, RecordingPublish(), dlq.Selection(), dry_run=False, show_progress=False)

    assert report.replayed == 5
    assert report.ack_failed == ["9002"]
    assert sorted(queue.acked) == ["9000", "9001", "9003", "9004"]


def test_a_failed_publish_stops_the_replay_and_acknowledges_only_what_was_published():
    letters = [letter(n, phone="+15555550188") for n in range(5)]
    publish = RecordingPublish(fail_on=letters[2].event.message_sid)
    queue = FakeQueue(letters)

    with pytest.raises(dlq.ReplayInterrupted) as stopped:
        dlq.replay(queue, publish, dlq.Selection(), dry_run=False, show_progress=False)

    assert stopped.value.report.replayed == 2
    assert sorted(queue.acked) == ["9000", "9001"]


def test_unreadable_letters_are_refused_by_replay_and_kept():
    letters = [letter(1), letter(2, data=b"\xff\x00 binary"), letter(3)]
    queue = FakeQueue(letters)

    report = dlq.replay(queue, RecordingPublish(), dlq.Selection(), dry_run=False, show_progress=False)

    assert [bad.message_id for bad in report.not_replayable] == ["9002"]
    assert "9002" not in queue.acked and report.replayed == 2


class _Message:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.attributes = {"reason": "malformed_event"}
        self.message_id = "4242"
        self.publish_time = T0


class _Received:
    def __init__(self, data: bytes) -> None:
        self.ack_id = "ack"
        self.message = _Message(data)


@pytest.mark.parametrize("data", [
    b"\xff\xfe\x00", b"not json", b'{"version":1,"action":"opt_out","phone":"+15555550100","keyword":"STOP",'
    b'"message_sid":"SM1","received_at":NaN}', b'{"version":1,"received_at":1e999}', b"[" * 100_000,
    b'{"version":1,"action":"opt_out","phone":"+15555550100\\n","keyword":"STOP","message_sid":"SM1",'
    b'"received_at":' + b"9" * 400 + b"}",
])
def test_any_data_becomes_a_listable_unreadable_letter(data):
    dead = dead_letter_from(_Received(data))

    assert dead.event is None and dead.unreadable
    row = dead.to_json()
    assert row["replayable"] is False and row["phone"] is None
