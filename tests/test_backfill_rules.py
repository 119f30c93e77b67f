"""``twilio backfill`` classifies past messages with ingest's own rules, in every mode."""

from datetime import datetime, timezone

from common.event import Action
from ingest.keywords import rules_from_env
from optout.backfill import BackfillReport, InboundMessage, events_from

SENT = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)


def message(sid: str, body: str, sender: str = "+15555550142") -> InboundMessage:
    return InboundMessage(sid, sender, body, SENT)


MESSAGES = [
    message("SM1", "STOP\n\nSent from my iPhone"),
    message("SM2", "please take me off your list"),
    message("SM3", "cancel my appointment tomorrow"),
    message("SM4", "I replied STOP by mistake"),
]


def test_backfill_in_exact_mode_publishes_only_the_keyword():
    report = BackfillReport()
    events = events_from(MESSAGES, rules_from_env({}), report)
    assert [(e.message_sid, e.action, e.keyword) for e in events] == [("SM1", Action.OPT_OUT, "STOP")]
    assert report.matched_by_rule == {"keyword:STOP": 1}


def test_backfill_in_intent_mode_decides_as_ingest_does_and_counts_rules():
    report = BackfillReport()
    events = events_from(MESSAGES, rules_from_env({"KEYWORD_MATCH": "intent"}), report)
    assert [(e.message_sid, e.action) for e in events] == [
        ("SM1", Action.OPT_OUT), ("SM2", Action.OPT_OUT), ("SM4", Action.OPT_IN)]
    assert report.matched_by_rule == {"keyword:STOP": 1, "phrase:take-me-off": 1, "phrase:by-mistake": 1}
    assert report.to_json()["matched_by_rule"] == dict(report.matched_by_rule)
