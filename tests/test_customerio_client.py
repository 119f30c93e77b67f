"""processor.customerio against the sandbox in a thread: real HTTP, no emulator."""

from __future__ import annotations

import time

import pytest

from common.errors import DeadLetterReason, PermanentError, TransientError
from local_stack.customerio_sandbox import CustomerIOSandbox, SandboxAdmin
from processor.config import load_config
from processor.customerio import APP_URLS, CallCounts, CustomerIO, Person, retry_budget

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


def test_update_is_sent_by_cio_id_with_update_only_and_the_event_time(server, admin):
    cio_id = admin.add_person(email="b@example.com", attributes={"phone": "+15555550100"})
    client(server).set_attribute(Person(cio_id), "sms_unsubscribe", True, 1764279000, CallCounts())
    person = admin.person(cio_id)
    assert person.attributes["sms_unsubscribe"] is True
    assert person.timestamps["sms_unsubscribe"] == 1764279000


def test_update_of_an_unknown_person_creates_nobody(server, admin):
    client(server).set_attribute(Person("does-not-exist"), "sms_unsubscribe", True, 1764279000, CallCounts())
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
        client(server).set_attribute(Person("x"), "sms_unsubscribe", True, 1, CallCounts())
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


def test_success_without_json_is_transient():
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class HtmlPage(BaseHTTPRequestHandler):
        def do_POST(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html>maintenance</html>")

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), HtmlPage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    cio = CustomerIO(load_config({
        "CUSTOMERIO_SITE_ID": "s", "CUSTOMERIO_TRACK_API_KEY": "t", "CUSTOMERIO_APP_API_KEY": "a",
        "DEAD_LETTER_TOPIC": "projects/p/topics/d", "CUSTOMERIO_TRACK_URL": url, "CUSTOMERIO_APP_URL": url,
    }))
    try:
        with pytest.raises(TransientError):
            cio.find_people("+15555550100", CallCounts())
    finally:
        server.shutdown()
