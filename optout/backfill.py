"""``twilio backfill``: publish the opt-outs and opt-ins Twilio received before the pipeline ran.

Reads the account's messages sent since a date (Twilio pages through them
newest first), keeps the inbound ones from phone numbers, classifies each with
``ingest``'s keyword rules, and publishes the matches through ``ingest``'s
publisher oldest first, each with Twilio's ``date_sent`` as ``received_at``
(for an inbound message, the time Twilio called the webhook: what ``ingest``
would have recorded). Running it again, or over a period ``ingest`` already
handled, publishes events again; that is harmless, because each one sets a
fixed value with its original time as ``_timestamp``.

Twilio's message list does not carry Advanced Opt-Out's ``OptOutType``, so the
backfill decides by the keyword rules alone (OPT_OUT_KEYWORDS, OPT_IN_KEYWORDS,
KEYWORD_MATCH, as for ``ingest``: the same ``KeywordRules``, so ``intent`` here
recognises exactly what it recognises in ``ingest``).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone

from twilio.rest import Client

from common.errors import TransientError
from common.event import E164, OptEvent
from ingest.keywords import KeywordRules
from ingest.phone import e164_from
from optout.errors import CliError, UsageError
from optout.progress import progress
from optout.twilio_client import twilio_errors

log = logging.getLogger(__name__)

PAGE_SIZE = 1000  # the Messages list's maximum
INBOUND = "inbound"


@dataclass(frozen=True)
class InboundMessage:
    sid: str
    sender: str
    body: str
    date_sent: datetime


@dataclass
class BackfillReport:
    read: int = 0
    inbound: int = 0
    skipped_non_phone: int = 0
    matched: Counter = field(default_factory=Counter)  # by action
    matched_by_rule: Counter = field(default_factory=Counter)  # which rule decided (keyword:STOP, phrase:remove-me)
    published: int = 0
    dry_run: bool = False

    def to_json(self) -> dict:
        return {"read": self.read, "inbound": self.inbound, "skipped_non_phone": self.skipped_non_phone,
                "matched": sum(self.matched.values()), "matched_by_action": dict(self.matched),
                "matched_by_rule": dict(self.matched_by_rule),
                "published": self.published, "dry_run": self.dry_run}


def parse_since(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"--since must be a date YYYY-MM-DD, not {value!r}") from exc


def read_inbound(client: Client, since: date, to: str | None, report: BackfillReport,
                 show_progress: bool = True) -> list[InboundMessage]:
    """Every inbound message sent on or after ``since`` (UTC), oldest first."""
    if to is not None and not E164.match(to):
        raise UsageError(f"--to must be an E.164 number such as +15555550100, not {to!r}")
    filters = {"date_sent_after": since.isoformat(), "page_size": PAGE_SIZE}
    if to:
        filters["to"] = to
    start = datetime.combine(since, time.min, tzinfo=timezone.utc)
    newest_first: list[InboundMessage] = []
    with twilio_errors("reading the account's messages"):
        for message in progress(client.messages.stream(**filters), desc="reading messages", unit="msg",
                                enabled=show_progress):
            report.read += 1
            if message.direction != INBOUND or message.date_sent is None or message.date_sent < start:
                continue
            newest_first.append(InboundMessage(message.sid, message.from_ or "", message.body or "",
                                               message.date_sent))
    report.inbound = len(newest_first)
    # date_sent has whole seconds: reversing first keeps Twilio's order for ties.
    return sorted(reversed(newest_first), key=lambda message: message.date_sent)


def events_from(messages: Iterable[InboundMessage], rules: KeywordRules, report: BackfillReport) -> list[OptEvent]:
    events = []
    for message in messages:
        phone = e164_from(message.sender)
        if phone is None:
            report.skipped_non_phone += 1
            continue
        match = rules.classify(message.body)
        if match is None:
            continue
        report.matched[match.action.value] += 1
        report.matched_by_rule[match.rule] += 1
        events.append(OptEvent(match.action, phone, match.keyword, message.sid, message.date_sent.timestamp()))
    return events


def publish_in_order(events: list[OptEvent], publish: Callable[[OptEvent], str], report: BackfillReport,
                     show_progress: bool = True) -> None:
    for event in progress(events, desc="publishing", unit="event", enabled=show_progress):
        try:
            publish(event)
        except TransientError as error:
            raise CliError(f"backfill stopped after publishing {report.published} of {len(events)} events: "
                           f"{error}; running it again is safe") from error
        report.published += 1
