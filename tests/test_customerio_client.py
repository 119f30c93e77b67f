"""processor.customerio against the sandbox in a thread: real HTTP, no emulator."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from common.errors import DeadLetterReason, PermanentError, TransientError
from local_stack.customerio_sandbox import CustomerIOSandbox, SandboxAdmin
from processor.config import load_config
from processor.customerio import (
    APP_URLS,
    MAX_SEARCH_PAGES,
    CallCounts,
    CustomerIO,
    UnreadableAnswer,
    retry_budget,
)

CREDENTIALS = {"site_id": "site", "track_api_key": "track-key", "app_api_key": "app-key"}


@pytest.fixture(scope="module")
def server():
    with CustomerIOSandbox(**CREDENTIALS, app_rps=0, track_rps=0, region="eu") as running:
        yield running


@pytest.fixture
def admin(server):
    admin = SandboxAdmin(server.url)
    admin.reset()
    admin.set_limits(app_rps=0, track_rps=0)
    return admin


def client(server, **env) -> CustomerIO:
    base = {
        "CUSTOMERIO_SITE_ID": "site", "CUSTOMERIO_TRACK_API_KEY": "track-key", "CUSTOMERIO_APP_API_KEY": "app-key",
        "DEAD_LETTER_TOPIC": "projects/p/topics/dead",
        "CUSTOMERIO_TRACK_URL": server.url, "CUSTOMERIO_APP_URL": server.url,
    }
    return CustomerIO(load_config({**base, **env}))


def test_search_returns_every_profile_with_the_number_including_ones_without_id(server, admin):
    admin.add_person(id="a", attributes={"phone": "+15555550100"})
    admin.add_person(email="b@example.com", attributes={"phone": "+15555550100"})
    admin.add_person(id="c", attributes={"phone": "+15555550199"})
    counts = CallCounts()
    people = client(server).find_people("+15555550100", counts)
    assert sorted((p.id or "", p.email or "") for p in people) == [("", "b@example.com"), ("a", "")]
    assert counts.search == 1


def identify(cio_id: str, value: bool = True, timestamp: int = 1764279000) -> dict:
    return {"type": "person", "action": "identify", "identifiers": {"cio_id": cio_id}, "timestamp": timestamp,
            "attributes": {"sms_unsubscribe": value, "_update": True}}


def test_update_is_sent_by_cio_id_with_update_only_and_the_event_time(server, admin):
    cio_id = admin.add_person(email="b@example.com", attributes={"phone": "+15555550100"})
    assert client(server).identify_batch([identify(cio_id)], CallCounts()) == {}
    person = admin.person(cio_id)
    assert person.attributes["sms_unsubscribe"] is True
    assert person.timestamps["sms_unsubscribe"] == 1764279000


def test_update_of_an_unknown_person_creates_nobody(server, admin):
    client(server).identify_batch([identify("does-not-exist")], CallCounts())
    assert admin.people() == []


def test_region_is_asked_once_per_process_when_only_the_track_url_is_overridden(server, admin):
    cio = client(server, CUSTOMERIO_APP_URL="")
    assert cio._base_urls() == (server.url, APP_URLS["eu"])
    cio._base_urls()
    assert sum(admin.stats()["track"]["region"].values()) == 1


def test_configured_region_skips_the_region_call(server, admin):
    cio = client(server, CUSTOMERIO_APP_URL="", CUSTOMERIO_REGION="us")
    assert cio._base_urls() == (server.url, APP_URLS["us"])
    assert "region" not in admin.stats().get("track", {})


def test_server_errors_are_retried_within_one_call(server, admin):
    admin.add_fault("app", 503, count=2)
    assert client(server).find_people("+15555550100", CallCounts()) == []
    assert admin.stats()["app"]["search"] == {"503": 2, "200": 1}


def test_429_waits_for_retry_after(server, admin):
    admin.add_fault("app", 429, count=1, retry_after_s=1)
    started = time.monotonic()
    client(server).find_people("+15555550100", CallCounts())
    assert time.monotonic() - started >= 1.0


def test_failure_that_outlasts_the_retry_budget_is_transient(server, admin):
    admin.add_fault("track", 500, count=None)
    started = time.monotonic()
    with pytest.raises(TransientError), retry_budget(1.5):
        client(server).identify_batch([identify("x")], CallCounts())
    assert time.monotonic() - started < 1.5 + 8.5  # budget + at most one backoff


@pytest.mark.parametrize(("status", "reason"), [
    (400, DeadLetterReason.REJECTED_REQUEST),
    (401, DeadLetterReason.REJECTED_CREDENTIALS),
    (403, DeadLetterReason.REJECTED_CREDENTIALS),
    (404, DeadLetterReason.NOT_FOUND),
])
def test_answers_that_can_never_succeed_are_permanent_and_not_retried(server, admin, status, reason):
    admin.add_fault("app", status, count=None)
    with pytest.raises(PermanentError) as caught:
        client(server).find_people("+15555550100", CallCounts())
    assert caught.value.reason is reason
    assert sum(admin.stats()["app"]["search"].values()) == 1


def test_wrong_credentials_are_permanent(server, admin):
    with pytest.raises(PermanentError) as caught:
        client(server, CUSTOMERIO_APP_API_KEY="wrong").find_people("+15555550100", CallCounts())
    assert caught.value.reason is DeadLetterReason.REJECTED_CREDENTIALS


def test_connection_refused_is_transient():
    cio = CustomerIO(load_config({
        "CUSTOMERIO_SITE_ID": "s", "CUSTOMERIO_TRACK_API_KEY": "t", "CUSTOMERIO_APP_API_KEY": "a",
        "DEAD_LETTER_TOPIC": "projects/p/topics/d",
        "CUSTOMERIO_TRACK_URL": "http://127.0.0.1:9", "CUSTOMERIO_APP_URL": "http://127.0.0.1:9",
    }))
    with pytest.raises(TransientError), retry_budget(1):
        cio.find_people("+15555550100", CallCounts())


class CannedServer:
    """Answers every POST with the next of ``answers`` (the last one repeats) and counts requests.

    Each answer: (status, content type, body) and optionally a dict of extra headers."""

    def __init__(self, answers: list[tuple]) -> None:
        self.answers = answers
        self.requests = 0
        canned = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status, content_type, body, *extra = canned.answers[min(canned.requests, len(canned.answers) - 1)]
                canned.requests += 1
                self.send_response(status)
                for name, value in (extra[0] if extra else {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body.encode())

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}"

    def client(self) -> CustomerIO:
        return CustomerIO(load_config({
            "CUSTOMERIO_SITE_ID": "s", "CUSTOMERIO_TRACK_API_KEY": "t", "CUSTOMERIO_APP_API_KEY": "a",
            "DEAD_LETTER_TOPIC": "projects/p/topics/d", "CUSTOMERIO_TRACK_URL": self.url,
            "CUSTOMERIO_APP_URL": self.url,
        }))

    def __enter__(self) -> CannedServer:
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def page(identifiers: list, next_cursor: str = "") -> tuple[int, str, str]:
    return 200, "application/json", json.dumps({"identifiers": identifiers, "next": next_cursor})


def test_success_without_json_is_transient():
    with CannedServer([(200, "text/html", "<html>maintenance</html>")]) as canned:
        with pytest.raises(TransientError):
            canned.client().find_people("+15555550100", CallCounts())


def test_a_search_entry_without_cio_id_is_an_unreadable_answer_not_a_crash():
    with CannedServer([page([{"id": "a", "email": None}])]) as canned:
        with pytest.raises(UnreadableAnswer, match="without a cio_id"):
            canned.client().find_people("+15555550100", CallCounts())


def test_a_repeated_next_cursor_ends_the_search_with_an_error_instead_of_a_loop():
    answers = [page([{"cio_id": "1"}], "c1"), page([{"cio_id": "2"}], "c2"), page([{"cio_id": "3"}], "c1")]
    with CannedServer(answers) as canned:
        with pytest.raises(UnreadableAnswer, match="already given"):
            canned.client().find_people("+15555550100", CallCounts())
        assert canned.requests == 3


def test_a_search_that_never_ends_stops_after_the_page_limit():
    with CannedServer([page([{"cio_id": "1"}], f"cursor-{i}") for i in range(MAX_SEARCH_PAGES + 5)]) as canned:
        with pytest.raises(UnreadableAnswer, match="pages"):
            canned.client().find_people("+15555550100", CallCounts())
        assert canned.requests == MAX_SEARCH_PAGES


def test_or_search_finds_the_profiles_of_every_number_in_one_request(server, admin):
    admin.add_person(id="a", attributes={"phone": "+15555550100"})
    admin.add_person(id="b", attributes={"phone": "+15555550101"})
    admin.add_person(id="c", attributes={"phone": "+15555550102"})
    counts = CallCounts()
    people = client(server).find_people_with_any(["+15555550100", "+15555550101"], counts)
    assert sorted(p.id for p in people) == ["a", "b"] and counts.search == 1


def test_no_request_is_sent_once_the_budget_is_spent(server, admin):
    with pytest.raises(TransientError, match="budget"), retry_budget(0):
        client(server).find_people("+15555550100", CallCounts())
    assert "search" not in admin.stats().get("app", {})


def test_a_retry_after_beyond_the_budget_gives_up_without_waiting_or_sending_again(server, admin):
    admin.add_fault("app", 429, count=None, retry_after_s=10)
    started = time.monotonic()
    with pytest.raises(TransientError), retry_budget(2):
        client(server).find_people("+15555550100", CallCounts())
    assert admin.stats()["app"]["search"] == {"429": 1}
    assert time.monotonic() - started < 2  # not a speed goal: proof it did not sleep the 10 s


def test_the_rate_limiter_spaces_requests_so_the_sandbox_limit_is_never_hit(server, admin):
    admin.set_limits(app_rps=5, app_burst=2)
    cio = client(server, CUSTOMERIO_APP_RPS="4")
    for _ in range(6):
        cio.find_people("+15555550100", CallCounts())
    assert admin.stats()["app"]["search"] == {"200": 6}


def test_attributes_are_read_100_ids_per_call_and_unknown_ids_left_out(server, admin):
    ids = admin.add_people([{"id": f"x{i}", "attributes": {"phone": "+15555550100"}} for i in range(150)])
    counts = CallCounts()
    profiles = client(server).profiles([*ids, "unknown"], counts)
    assert sorted(p.cio_id for p in profiles) == sorted(ids) and counts.attributes == 2
    assert profiles[0].attributes["phone"] == "+15555550100" and profiles[0].timestamps["phone"] == 0


def test_batch_identify_reports_the_refused_items_by_index(server, admin):
    a = admin.add_person(id="a")
    b = admin.add_person(id="b")
    admin.add_fault("track", 400, cio_id=b)
    assert list(client(server).identify_batch([identify(a), identify(b)], CallCounts())) == [1]
    assert admin.person(a).attributes["sms_unsubscribe"] is True
    assert "sms_unsubscribe" not in admin.person(b).attributes



def test_an_unreadable_retry_after_falls_back_to_backoff():
    with CannedServer([(429, "application/json", "{}", {"Retry-After": "soon, maybe"}),
                       page([{"cio_id": "1"}])]) as canned:
        assert [p.cio_id for p in canned.client().find_people("+15555550100", CallCounts())] == ["1"]
        assert canned.requests == 2
