"""``dlq list | replay | purge``: look at, republish, or drop dead-lettered events.

Replay republishes each chosen event to the events topic exactly as it was
first published (same JSON, same ``received_at``, the phone number as ordering
key) and acknowledges it only once Pub/Sub has accepted the republished copy.
Interrupted at any point, a replay loses nothing: what was not acknowledged
is still on the dead-letter subscription. It can at worst publish one event
twice (republished, then stopped before the acknowledgement), and that is
harmless: ``process`` sends the event's original time as Customer.io's
``_timestamp`` and sets the attribute to a fixed value, so applying the same
event twice leaves the profile as applying it once, and an old STOP replayed
late cannot undo a newer START.

At scale: ``--limit N`` takes the N oldest dead letters (by when they were
dead-lettered), which needs the whole subscription scanned first; the queue
renews the leases of everything it holds for as long as the command runs.
Events are republished concurrently, at most ``REPLAY_WORKERS`` at a time,
one number's events one after the other and oldest first; acknowledgements
go in batches, and any that Pub/Sub refused are reported (those letters stay
dead-lettered and a later replay sends them again, which is harmless).
"""

from __future__ import annotations

import logging
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field

from common.errors import TransientError
from optout.deadletters import DeadLetter, DeadLetterQueue
from optout.errors import CliError
from optout.progress import progress

log = logging.getLogger(__name__)

REPLAY_WORKERS = 16  # publishes in flight at once
ACK_BATCH = 500


@dataclass(frozen=True)
class Selection:
    """Which dead letters a command works on: by reason (None = all), at most ``limit`` (None = all)."""

    reason: str | None = None
    limit: int | None = None

    def matches(self, letter: DeadLetter) -> bool:
        return self.reason is None or letter.reason == self.reason


@dataclass
class Listing:
    letters: list[DeadLetter]
    by_reason: Counter

    def to_json(self) -> dict:
        return {"dead_letters": [letter.to_json() for letter in self.letters],
                "count_by_reason": dict(sorted(self.by_reason.items())), "total": len(self.letters)}


@dataclass
class ReplayReport:
    selected: int = 0
    replayed: int = 0
    not_replayable: list[DeadLetter] = field(default_factory=list)
    ack_failed: list[str] = field(default_factory=list)  # message IDs republished but still dead-lettered
    dry_run: bool = False


@dataclass
class PurgeReport:
    selected: int = 0
    purged: int = 0
    ack_failed: list[str] = field(default_factory=list)
    dry_run: bool = False


def choose(queue: DeadLetterQueue, selection: Selection, show_progress: bool = True) -> list[DeadLetter]:
    """The selected letters, oldest first (by when they were dead-lettered), at most ``limit``.

    The whole subscription is scanned, since Pub/Sub hands messages out in no
    particular order; letters not chosen are handed back at once.
    """
    matching: list[DeadLetter] = []
    others: list[DeadLetter] = []
    with progress(desc="reading dead letters", unit="msg", enabled=show_progress) as bar:
        for letter in queue.scan():
            bar.update(1)
            (matching if selection.matches(letter) else others).append(letter)
    matching.sort(key=lambda letter: (letter.dead_lettered_at, letter.message_id))
    chosen = matching if selection.limit is None else matching[:selection.limit]
    queue.release(others + matching[len(chosen):])
    return chosen


def list_dead_letters(queue: DeadLetterQueue, selection: Selection, show_progress: bool = True) -> Listing:
    letters = choose(queue, selection, show_progress)
    return Listing(letters, Counter(letter.reason for letter in letters))


def replay(queue: DeadLetterQueue, publish: Callable, selection: Selection, *, dry_run: bool,
           show_progress: bool = True, workers: int = REPLAY_WORKERS) -> ReplayReport:
    """Republish the chosen events; acknowledge each only after its publish succeeded."""
    chosen = choose(queue, selection, show_progress)
    report = ReplayReport(selected=len(chosen), dry_run=dry_run)
    replayable = [letter for letter in chosen if letter.replayable]
    report.not_replayable = [letter for letter in chosen if not letter.replayable]
    if dry_run:
        return report
    # One number's events in the order they were sent; numbers side by side.
    by_number: dict[str, list[DeadLetter]] = defaultdict(list)
    for letter in sorted(replayable, key=lambda letter: letter.event.received_at):
        by_number[letter.event.phone].append(letter)

    stop = threading.Event()
    failures: list[BaseException] = []

    def republish(letters: list[DeadLetter]) -> list[DeadLetter]:
        done = []
        for letter in letters:
            if stop.is_set():
                break
            if letter.event.encode() != letter.data:
                # Not written by ingest's encoder (e.g. by hand): the same fields go out in canonical form.
                log.warning("dead letter %s is republished in canonical form", letter.message_id)
            try:
                message_id = publish(letter.event)
            except Exception as error:  # the first failure stops the replay; the rest stays dead-lettered
                failures.append(error)
                stop.set()
                break
            log.info("replayed %s as %s", letter.message_id, message_id)
            done.append(letter)
        return done

    pending_acks: list[DeadLetter] = []
    with progress(total=len(replayable), desc="replaying", unit="event", enabled=show_progress) as bar, \
            ThreadPoolExecutor(max_workers=workers, thread_name_prefix="replay") as pool:
        futures = [pool.submit(republish, letters) for letters in by_number.values()]
        for future in as_completed(futures):
            published = future.result()
            bar.update(len(published))
            report.replayed += len(published)
            pending_acks.extend(published)
            if len(pending_acks) >= ACK_BATCH:
                _acknowledge(queue, pending_acks, report.ack_failed)
                pending_acks = []
    _acknowledge(queue, pending_acks, report.ack_failed)
    if failures:
        error = failures[0]
        if isinstance(error, TransientError):
            raise ReplayInterrupted(report, str(error)) from error
        raise error
    return report


def purge(queue: DeadLetterQueue, selection: Selection, *, dry_run: bool,
          show_progress: bool = True) -> PurgeReport:
    chosen = choose(queue, selection, show_progress)
    report = PurgeReport(selected=len(chosen), dry_run=dry_run)
    if dry_run:
        return report
    for batch in progress(list(_batches(chosen, 100)), desc="purging", unit="batch", enabled=show_progress):
        if _acknowledge(queue, batch, report.ack_failed):
            report.purged += len(batch)
    return report


def _acknowledge(queue: DeadLetterQueue, letters: list[DeadLetter], failed: list[str]) -> bool:
    """Acknowledge; on refusal note the message IDs, log why, and carry on."""
    if not letters:
        return True
    try:
        queue.acknowledge(letters)
    except CliError as error:
        failed.extend(letter.message_id for letter in letters)
        log.warning("could not acknowledge %d dead letters (%s); they stay on the subscription", len(letters), error)
        return False
    return True


class ReplayInterrupted(CliError):
    """A republish failed: what was replayed before it stays replayed, the rest stays dead-lettered."""

    def __init__(self, report: ReplayReport, cause: str) -> None:
        super().__init__(f"replay stopped after {report.replayed} of {report.selected} events: {cause}; "
                         "the rest is still on the dead-letter subscription, run the replay again")
        self.report = report


def _batches(items: list[DeadLetter], size: int) -> Iterable[list[DeadLetter]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
