"""``python -m optout twilio configure | backfill`` against a stand-in for Twilio's REST API.

The CLI's real ``twilio`` client reaches the stand-in through
``TWILIO_API_BASE_URL``, which swaps Twilio's hosts inside the client's own
HTTP layer (``RedirectedHttpClient``); everything above it (paging through
``next_page_uri``, parameter names, parsing) is the package's own. Backfilled
events go to a topic on a private emulator and are read back from a pull
subscription of the test's own.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone

import pytest
from google.cloud import pubsub_v1

from common.event import Action, OptEvent
from ingest.keywords import KeywordRules
from tests.cli_fixtures import PullSubscription, private_emulator, run_cli, run_cli_process
from tests.twilio_api_stand_in import Message, MessagingService, PhoneNumber, TwilioStandIn

pytestmark = pytest.mark.timeout(120)

ACCOUNT_SID = "AC" + "5" * 32
AUTH_TOKEN = "stand-in-auth-token"
OUR_NUMBER = "+15005550006"
OTHER_NUMBER = "+15005550009"
INGEST_URL = "https://ingest.example.test/"
SINCE = datetime(2026, 3, 1, tzinfo=timezone.utc)


@pytest.fixture
def twilio():
    with TwilioStandIn(ACCOUNT_SID, AUTH_TOKEN, max_page_size=50) as stand_in:
        yield stand_in


def env_for(twilio: TwilioStandIn, **extra: str) -> dict[str, str]:
    return {"TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "TWILIO_API_BASE_URL": twilio.url,
            **extra}


# -- configure ----------------------------------------------------------------

def test_configure_number_sets_sms_url_and_post_and_shows_old_and_new(twilio):
    number = PhoneNumber(OUR_NUMBER, sms_url="https://old.example.test/sms", sms_method="GET")
    twilio.numbers += [PhoneNumber(OTHER_NUMBER), number]

    result = run_cli(["twilio", "configure", "--number", OUR_NUMBER, "--url", INGEST_URL], env_for(twilio))

    assert result.status == 0, result.stderr
    assert "old: GET https://old.example.test/sms" in result.stdout
    assert f"new: POST {INGEST_URL}" in result.stdout
    assert (number.sms_url, number.sms_method) == (INGEST_URL, "POST")
    assert twilio.numbers[0].sms_url == ""  # only the number asked for
    lookup = next(r for r in twilio.requests if r.path.endswith("/IncomingPhoneNumbers.json"))
    assert lookup.query["PhoneNumber"] == OUR_NUMBER


def test_configure_dry_run_changes_nothing(twilio):
    number = PhoneNumber(OUR_NUMBER, sms_url="https://old.example.test/sms")
    twilio.numbers.append(number)

    result = run_cli(["twilio", "configure", "--number", OUR_NUMBER, "--url", INGEST_URL, "--dry-run"],
                     env_for(twilio))

    assert result.status == 0 and "dry run" in result.stdout
    assert number.sms_url == "https://old.example.test/sms"
    assert not [r for r in twilio.requests if r.method == "POST"]


def test_configure_messaging_service_sets_its_inbound_request_url_and_warns_when_numbers_win(twilio):
    service = MessagingService("Opt-out", inbound_request_url=None, use_inbound_webhook_on_number=True)
    twilio.services.append(service)

    result = run_cli(["twilio", "configure", "--messaging-service", service.sid, "--url", INGEST_URL],
                     env_for(twilio))

    assert result.status == 0, result.stderr
    assert "old: POST (none)" in result.stdout and f"new: POST {INGEST_URL}" in result.stdout
    assert (service.inbound_request_url, service.inbound_method) == (INGEST_URL, "POST")
    assert "UseInboundWebhookOnNumber" in result.stderr


def test_configure_a_number_the_account_does_not_have_exits_4(twilio):
    result = run_cli(["twilio", "configure", "--number", OUR_NUMBER, "--url", INGEST_URL], env_for(twilio))

    assert result.status == 4
    assert "not a phone number of this Twilio account" in result.stderr


def test_wrong_twilio_credentials_exit_3_with_one_line_and_no_traceback(twilio):
    twilio.numbers.append(PhoneNumber(OUR_NUMBER))

    result = run_cli_process(["twilio", "configure", "--number", OUR_NUMBER, "--url", INGEST_URL],
                             env_for(twilio, TWILIO_AUTH_TOKEN="wrong-token"))

    assert result.status == 3
    assert "401" in result.stderr and "Traceback" not in result.stderr


# -- backfill -----------------------------------------------------------------

@pytest.fixture(scope="module")
def emulator(tmp_path_factory):
    with private_emulator(tmp_path_factory.mktemp("cli-twilio-emulator")) as running:
        yield running


@pytest.fixture
def events_topic(emulator):
    """A fresh events topic, and an ordered pull subscription that reads what is published to it."""
    topic = f"projects/{emulator.project}/topics/events-{random.randrange(10**9)}"
    pubsub_v1.PublisherClient().create_topic(name=topic)
    subscription = PullSubscription(emulator.project, topic, ordered=True)
    yield topic, subscription
    subscription.close()


def message_log(count: int, seed: int = 7) -> list[Message]:
    """``count`` messages over three weeks: keywords among chatter, outbound replies, other senders."""
    rng = random.Random(seed)
    texts = ["STOP", "stop", " Stop! ", "START", "unstop", "yes", "QUIT", "hello", "when is my order?",
             "please stop texting me", "thanks", "END", "weekend plans?"]
    senders = [f"+1555018{n:04d}" for n in range(12)] + ["whatsapp:+15550184444", "24273", "ACMEBANK"]
    messages = []
    for index in range(count):
        moment = SINCE - timedelta(days=4) + timedelta(minutes=97 * index + rng.randrange(60))
        direction = "inbound" if index % 5 else "outbound-api"
        to = OUR_NUMBER if index % 11 else OTHER_NUMBER
        sender, recipient = (rng.choice(senders), to) if direction == "inbound" else (to, rng.choice(senders))
        messages.append(Message(sender, recipient, rng.choice(texts), moment, direction))
    return messages


def expected_events(messages: list[Message], to: str | None = None) -> list[tuple]:
    rules = KeywordRules()
    chosen = []
    for m in messages:
        phone = m.sender.removeprefix("whatsapp:")
        if m.direction != "inbound" or m.date_sent < SINCE or (to and m.to != to) or not phone.startswith("+"):
            continue
        if (match := rules.classify(m.body)) is not None:
            chosen.append((m.sid, phone, match.action, match.keyword, m.date_sent.timestamp()))
    return sorted(chosen, key=lambda e: e[4])


@pytest.mark.integration  # starts the emulator
def test_backfill_publishes_exactly_the_keyword_messages_oldest_first_with_their_own_time(twilio, events_topic):
    topic, subscription = events_topic
    twilio.messages = message_log(400)
    expected = expected_events(twilio.messages)

    result = run_cli(["twilio", "backfill", "--since", SINCE.date().isoformat(), "--topic", topic, "--json"],
                     env_for(twilio))

    assert result.status == 0, result.stderr
    report = json.loads(result.stdout)
    inbound_since = [m for m in twilio.messages if m.direction == "inbound" and m.date_sent >= SINCE]
    assert report["inbound"] == len(inbound_since)
    assert report["matched"] == report["published"] == len(expected) > 20
    non_phone = [m for m in inbound_since if not m.sender.removeprefix("whatsapp:").startswith("+")]
    assert report["skipped_non_phone"] == len(non_phone) > 0
    # Twilio paged: several pages, each asked for through the previous page's next_page_uri.
    pages = [r for r in twilio.requests if r.path.endswith("/Messages.json")]
    assert len(pages) >= 5 and all("PageToken" in r.query for r in pages[1:])
    assert pages[0].query["DateSent>"] == SINCE.date().isoformat()

    published = [OptEvent.decode(m.data) for m in subscription.pull_until(len(expected))]
    assert sorted((e.message_sid, e.phone, e.action, e.keyword, e.received_at) for e in published) == \
        sorted(expected)
    for phone in {e.phone for e in published}:  # ordered subscription: per number, in publish order
        times = [e.received_at for e in published if e.phone == phone]
        assert times == sorted(times)
    assert {e.phone for e in published} >= {"+15550184444"}  # whatsapp: prefix stripped, like ingest
    assert any(e.action is Action.OPT_IN for e in published)


@pytest.mark.integration  # starts the emulator
def test_backfill_to_one_number_reads_only_its_messages(twilio, events_topic):
    topic, subscription = events_topic
    twilio.messages = message_log(200, seed=11)
    expected = expected_events(twilio.messages, to=OTHER_NUMBER)

    result = run_cli(["twilio", "backfill", "--since", SINCE.date().isoformat(), "--to", OTHER_NUMBER,
                      "--topic", topic, "--json"], env_for(twilio))

    assert result.status == 0, result.stderr
    assert json.loads(result.stdout)["published"] == len(expected)
    assert all(r.query.get("To") == OTHER_NUMBER for r in twilio.requests if r.path.endswith("/Messages.json"))
    assert sorted(OptEvent.decode(m.data).message_sid for m in subscription.pull_until(len(expected))) == \
        sorted(e[0] for e in expected)


@pytest.mark.integration  # starts the emulator
def test_backfill_dry_run_counts_but_publishes_nothing(twilio, events_topic):
    topic, subscription = events_topic
    twilio.messages = message_log(120, seed=3)

    result = run_cli(["twilio", "backfill", "--since", SINCE.date().isoformat(), "--topic", topic, "--dry-run"],
                     env_for(twilio))

    assert result.status == 0, result.stderr
    assert f"matched {len(expected_events(twilio.messages))} keywords" in result.stdout
    assert "published nothing" in result.stdout
    assert subscription.pull(wait_s=1.0) == []


def test_backfill_rejects_a_date_that_is_not_yyyy_mm_dd(twilio):
    result = run_cli(["twilio", "backfill", "--since", "1 March", "--dry-run"], env_for(twilio))

    assert result.status == 2 and "YYYY-MM-DD" in result.stderr
