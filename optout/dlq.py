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
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from common.errors import TransientError
from optout.deadletters import DeadLetter, DeadLetterQueue
from optout.errors import CliError
from optout.progress import progress

log = logging.getLogger(__name__)


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
    dry_run: bool = False


@dataclass
class PurgeReport:
    selected: int = 0
    purged: int = 0
    dry_run: bool = False


def choose(queue: DeadLetterQueue, selection: Selection, show_progress: bool = True) -> list[DeadLetter]:
    """Scan the whole subscription (up to the limit), keeping the selected letters leased."""
    chosen: list[DeadLetter] = []
    with progress(desc="reading dead letters", unit="msg", enabled=show_progress) as bar:
        for letter in queue.scan():
            bar.update(1)
            if selection.matches(letter):
                chosen.append(letter)
                if selection.limit is not None and len(chosen) >= selection.limit:
                    break
    return chosen


def list_dead_letters(queue: DeadLetterQueue, selection: Selection, show_progress: bool = True) -> Listing:
    letters = choose(queue, selection, show_progress)
    return Listing(letters, Counter(letter.reason for letter in letters))


def replay(queue: DeadLetterQueue, publish: Callable, selection: Selection, *, dry_run: bool,
           show_progress: bool = True) -> ReplayReport:
    """Republish the chosen events, oldest first; acknowledge each only after its publish succeeded."""
    chosen = choose(queue, selection, show_progress)
    report = ReplayReport(selected=len(chosen), dry_run=dry_run)
    replayable = [letter for letter in chosen if letter.replayable]
    report.not_replayable = [letter for letter in chosen if not letter.replayable]
    # Oldest first, so the topic sees one number's events in the order they were sent.
    replayable.sort(key=lambda letter: letter.event.received_at)
    if dry_run:
        return report
    for letter in progress(replayable, desc="replaying", unit="event", enabled=show_progress):
        if letter.event.encode() != letter.data:
            # Not written by ingest's encoder (e.g. by hand): the same fields go out in canonical form.
            log.warning("dead letter %s is republished in canonical form", letter.message_id)
        try:
            message_id = publish(letter.event)
        except TransientError as error:
            raise ReplayInterrupted(report, str(error)) from error
        queue.acknowledge([letter])
        report.replayed += 1
        log.info("replayed %s as %s", letter.message_id, message_id)
    return report


def purge(queue: DeadLetterQueue, selection: Selection, *, dry_run: bool,
          show_progress: bool = True) -> PurgeReport:
    chosen = choose(queue, selection, show_progress)
    report = PurgeReport(selected=len(chosen), dry_run=dry_run)
    if dry_run:
        return report
    for batch in progress(list(_batches(chosen, 100)), desc="purging", unit="batch", enabled=show_progress):
        queue.acknowledge(batch)
        report.purged += len(batch)
    return report


class ReplayInterrupted(CliError):
    """A republish failed: what was replayed before it stays replayed, the rest stays dead-lettered."""

    def __init__(self, report: ReplayReport, cause: str) -> None:
        super().__init__(f"replay stopped after {report.replayed} of {report.selected} events: {cause}; "
                         "the rest is still on the dead-letter subscription, run the replay again")
        self.report = report


def _batches(items: list[DeadLetter], size: int) -> Iterable[list[DeadLetter]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
