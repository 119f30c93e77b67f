"""Batches of events against the sandbox over real HTTP (in a thread): lookups, updates, outcomes."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from common.errors import DeadLetterReason, PermanentError, TransientError
from common.event import Action, OptEvent
from local_stack.customerio_sandbox import CustomerIOSandbox, SandboxAdmin
from processor.apply import Applied, BatchApplier, Delivery
from processor.config import load_config
from processor.customerio import CustomerIO
from processor.handler import ProcessHandler

pytestmark = pytest.mark.timeout(60)

CREDENTIALS = {"site_id": "site", "track_api_key": "track-key", "app_api_key": "app-key"}
T0 = 1764279000


@pytest.fixture(scope="module")
def server():
    with CustomerIOSandbox(**CREDENTIALS, app_rps=0, track_rps=0) as running:
        yield running


@pytest.fixture(scope="module")
def plain_server():
    with CustomerIOSandbox(**CREDENTIALS, app_rps=0, track_rps=0, attributes_shape="plain") as running:
        yield running


@pytest.fixture
def admin(server):
    admin = SandboxAdmin(server.url)
    admin.reset()
    return admin


def env(server, **extra) -> dict[str, str]:
    return {"CUSTOMERIO_SITE_ID": "site", "CUSTOMERIO_TRACK_API_KEY": "track-key",
            "CUSTOMERIO_APP_API_KEY": "app-key", "DEAD_LETTER_TOPIC": "projects/p/topics/dead",
            "CUSTOMERIO_TRACK_URL": server.url, "CUSTOMERIO_APP_URL": server.url,
            "CUSTOMERIO_APP_RPS": "0", "CUSTOMERIO_TRACK_RPS": "0", **extra}


def applier(server, **extra):
    """The batch function, called with events as if each delivery had just begun."""
    config = load_config(env(server, **extra))
    apply = BatchApplier(config, CustomerIO(config))
    return lambda events: apply([Delivery(event, time.monotonic()) for event in events])


def stop(phone: str, at: float = T0, sid: str = "SM1") -> OptEvent:
    return OptEvent(Action.OPT_OUT, phone, "STOP", sid, at)


def start(phone: str, at: float = T0, sid: str = "SM2") -> OptEvent:
    return OptEvent(Action.OPT_IN, phone, "START", sid, at)


def unsubscribed(admin: SandboxAdmin) -> dict[str, object]:
    return {p.cio_id: p.attributes.get("sms_unsubscribe") for p in admin.people()}


def calls(admin: SandboxAdmin, api: str, endpoint: str) -> int:
    return sum(admin.stats().get(api, {}).get(endpoint, {}).values())


def test_mixed_stops_and_starts_in_one_batch_each_set_their_own_value_with_two_app_calls(server, admin):
    a = admin.add_person(id="ada", attributes={"phone": "+15555550100", "sms_unsubscribe": False})
    b = admin.add_person(email="bo@example.com", attributes={"phone": "+15555550101", "sms_unsubscribe": True})
    c = admin.add_person(id="cy", attributes={"phone": "+15555550101", "sms_unsubscribe": True})
    outcomes = applier(server)([stop("+15555550100"), start("+15555550101")])
    assert [type(o) for o in outcomes] == [Applied, Applied]
    assert [o.profiles_updated for o in outcomes] == [1, 2]
    assert unsubscribed(admin) == {a: True, b: False, c: False}
    assert (calls(admin, "app", "search"), calls(admin, "app", "attributes"), calls(admin, "track", "batch")) == (1, 1, 1)
    person = admin.person(a)
    assert person.timestamps["sms_unsubscribe"] == T0 and person.attributes["twilio_optout_at"] == T0


def test_a_number_without_profile_is_dead_lettered_alone_and_the_rest_applied(server, admin):
    admin.add_person(id="ada", attributes={"phone": "+15555550100"})
    outcomes = applier(server)([stop("+15555550100"), stop("+15555550177"), stop("+15555550100", sid="SM9")])
    assert isinstance(outcomes[0], Applied) and isinstance(outcomes[2], Applied)
    assert isinstance(outcomes[1], PermanentError) and outcomes[1].reason is DeadLetterReason.NO_MATCHING_PROFILE
    assert "+15555550177" not in outcomes[1].detail


def test_a_number_with_more_profiles_than_one_page_has_all_of_them_updated(server, admin):
    ids = admin.add_people([{"id": f"big-{i}", "attributes": {"phone": "+15555550150"}} for i in range(1005)])
    other = admin.add_person(id="small", attributes={"phone": "+15555550151"})
    outcomes = applier(server)([stop("+15555550150"), stop("+15555550151")])
    assert [o.profiles_updated for o in outcomes] == [1005, 1]
    assert all(unsubscribed(admin)[i] is True for i in [*ids, other])
    assert calls(admin, "app", "search") == 2  # 1000 + 6 on the second page
    assert calls(admin, "app", "attributes") == 11  # 100 ids per call


def test_a_400_on_the_batch_search_splits_it_down_to_the_one_refused_number(server, admin):
    numbers = [f"+155555502{i:02d}" for i in range(8)]
    admin.add_people([{"id": f"p{i}", "attributes": {"phone": n}} for i, n in enumerate(numbers)])
    admin.add_fault("app", 400, count=None, endpoint="search", body_contains=numbers[5])
    outcomes = applier(server)([stop(n) for n in numbers])
    refused = [i for i, o in enumerate(outcomes) if isinstance(o, PermanentError)]
    assert refused == [5] and outcomes[5].reason is DeadLetterReason.REJECTED_REQUEST
    assert sum(v is True for v in unsubscribed(admin).values()) == 7
    # 8 -> 4 + 4 -> 2 + 2 -> 1 + 1: seven searches refused or answered, never one per number.
    assert calls(admin, "app", "search") == 7


def test_a_400_on_every_search_of_several_numbers_still_applies_each_number_alone(server, admin):
    numbers = ["+15555550300", "+15555550301", "+15555550302"]
    admin.add_people([{"attributes": {"phone": n}} for n in numbers])
    admin.add_fault("app", 400, count=None, endpoint="search", body_contains='"or": [{"attribute": {"field": "phone", '
                    '"operator": "eq", "value": "+15555550300"}}, ')
    outcomes = applier(server)([stop(n) for n in numbers])
    assert all(isinstance(o, Applied) for o in outcomes)


@pytest.mark.parametrize("status", [429, 503])
def test_a_429_or_5xx_on_the_batch_search_is_retried_and_every_event_applied(server, admin, status):
    numbers = ["+15555550400", "+15555550401", "+15555550402"]
    admin.add_people([{"attributes": {"phone": n}} for n in numbers])
    admin.add_fault("app", status, count=2, endpoint="search", retry_after_s=1 if status == 429 else None)
    outcomes = applier(server)([stop(n) for n in numbers])
    assert all(isinstance(o, Applied) for o in outcomes)
    assert admin.stats()["app"]["search"] == {str(status): 2, "200": 1}


def test_track_failing_past_the_budget_fails_every_event_of_the_batch_for_redelivery(server, admin):
    numbers = ["+15555550500", "+15555550501"]
    admin.add_people([{"attributes": {"phone": n}} for n in numbers])
    admin.add_fault("track", 503, count=None, endpoint="batch")
    outcomes = applier(server, CUSTOMERIO_RETRY_BUDGET_S="1.5")([stop(n) for n in numbers])
    assert all(isinstance(o, TransientError) for o in outcomes)


def test_a_stale_event_leaves_the_profile_this_pipeline_changed_later_alone(server, admin):
    # A STOP replayed from the dead-letter queue after the person's START was applied.
    newer = admin.add_person(id="restarted", attributes={"phone": "+15555550600", "sms_unsubscribe": False,
                                                         "twilio_optout_at": T0 + 100}, timestamp=T0 + 100)
    untouched = admin.add_person(id="never", attributes={"phone": "+15555550600"})
    [outcome] = applier(server)([stop("+15555550600", at=T0)])
    assert isinstance(outcome, Applied) and (outcome.profiles_updated, outcome.profiles_stale) == (1, 1)
    assert unsubscribed(admin) == {newer: False, untouched: True}


def test_a_later_event_applies_even_when_customerio_processed_an_earlier_one_after_it(server, admin):
    # START stamped 140 was applied late, at 160: if Customer.io's timestamps are processing times,
    # they say 160. The check reads only the stamp this pipeline wrote (140), so STOP 150 is sent.
    # (The sandbox reports _timestamp values, so the 160 is seeded as one: the update it then
    # receives is the sandbox's to order; what matters here is that the pipeline sent it.)
    admin.add_person(id="lagged", attributes={"phone": "+15555550700", "sms_unsubscribe": False,
                                              "twilio_optout_at": T0 + 140}, timestamp=T0 + 160)
    [outcome] = applier(server)([stop("+15555550700", at=T0 + 150)])
    assert isinstance(outcome, Applied) and (outcome.profiles_updated, outcome.profiles_stale) == (1, 0)
    assert calls(admin, "track", "batch") == 1


def test_one_refused_profile_among_five_does_not_stop_the_other_four(server, admin):
    ids = admin.add_people([{"id": f"five-{i}", "attributes": {"phone": "+15555550800"}} for i in range(5)])
    admin.add_fault("track", 400, cio_id=ids[1])
    [outcome] = applier(server)([stop("+15555550800")])
    assert isinstance(outcome, PermanentError) and outcome.reason is DeadLetterReason.REJECTED_REQUEST
    assert ids[1] in outcome.detail and "1 of 5" in outcome.detail
    state = unsubscribed(admin)
    assert [state[i] for i in ids] == [True, None, True, True, True]


def test_a_track_batch_refused_whole_is_halved_until_the_refused_item_is_alone(server, admin):
    ids = admin.add_people([{"id": f"h-{i}", "attributes": {"phone": f"+155555509{i:02d}"}} for i in range(6)])
    admin.add_fault("track", 400, count=None, endpoint="batch", body_contains=ids[4])
    outcomes = applier(server)([stop(f"+155555509{i:02d}") for i in range(6)])
    assert [isinstance(o, Applied) for o in outcomes] == [True, True, True, True, False, True]
    assert ids[4] in outcomes[4].detail


def test_the_plain_attributes_answer_form_is_read_like_the_wrapped_one(plain_server):
    admin = SandboxAdmin(plain_server.url)
    admin.reset()
    cio_id = admin.add_person(id="plain", attributes={"phone": "+15555551000"})
    [outcome] = applier(plain_server)([stop("+15555551000")])
    assert isinstance(outcome, Applied) and admin.person(cio_id).attributes["sms_unsubscribe"] is True


def test_a_delivery_that_waited_past_its_budget_sends_nothing_and_is_redelivered(server, admin):
    admin.add_person(attributes={"phone": "+15555551200"})
    config = load_config(env(server, CUSTOMERIO_RETRY_BUDGET_S="5"))
    [outcome] = BatchApplier(config, CustomerIO(config))([Delivery(stop("+15555551200"), time.monotonic() - 6)])
    assert isinstance(outcome, TransientError) and "budget" in str(outcome)
    assert admin.stats()["totals"]["all"] == 0


def test_rejected_credentials_dead_letter_every_event_of_the_batch(server, admin):
    outcomes = applier(server, CUSTOMERIO_APP_API_KEY="wrong")([stop("+15555551100"), stop("+15555551101")])
    assert all(isinstance(o, PermanentError) and o.reason is DeadLetterReason.REJECTED_CREDENTIALS for o in outcomes)


class DeadLetters:
    def __init__(self) -> None:
        self.reasons: list[DeadLetterReason] = []
        self.lock = threading.Lock()

    def publish(self, data, attributes, error):
        with self.lock:
            self.reasons.append(error.reason)
        return "1"


def test_concurrent_deliveries_share_lookups_and_each_is_answered(server, admin):
    import base64
    numbers = [f"+155555512{i:02d}" for i in range(40)]
    admin.add_people([{"attributes": {"phone": n}} for n in numbers[:-1]])  # the last has no profile
    config = load_config(env(server, CUSTOMERIO_BATCH_SIZE="20", CUSTOMERIO_BATCH_WINDOW_MS="200"))
    dead = DeadLetters()
    handler = ProcessHandler(config, CustomerIO(config), dead)
    envelopes = [{"message": {"data": base64.b64encode(stop(n).encode()).decode(), "messageId": str(i)}}
                 for i, n in enumerate(numbers)]
    with ThreadPoolExecutor(len(envelopes)) as pool:
        list(pool.map(handler.handle, envelopes))
    assert dead.reasons == [DeadLetterReason.NO_MATCHING_PROFILE]
    assert sum(v is True for v in unsubscribed(admin).values()) == 39
    assert calls(admin, "app", "search") < len(numbers) // 4
