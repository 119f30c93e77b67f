"""The Customer.io sandbox over real HTTP, served from a thread on a free port."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from local_stack.customerio_sandbox import CustomerIOSandbox, SandboxAdmin, SandboxAdminError

pytestmark = pytest.mark.timeout(30)

SITE_ID, TRACK_KEY, APP_KEY = "test-site", "test-track-key", "test-app-key"
TRACK_AUTH = (SITE_ID, TRACK_KEY)
APP_HEADERS = {"Authorization": f"Bearer {APP_KEY}"}
REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[CustomerIOSandbox]:
    with CustomerIOSandbox(site_id=SITE_ID, track_api_key=TRACK_KEY, app_api_key=APP_KEY,
                           region="eu", environment_id=7, app_rps=0, track_rps=0) as running:
        yield running


@pytest.fixture
def admin(sandbox: CustomerIOSandbox) -> SandboxAdmin:
    client = SandboxAdmin(sandbox.url)
    client.reset(seed="demo")
    return client


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


def search(http: requests.Session, url: str, filter_: dict, **params: object) -> requests.Response:
    return http.post(f"{url}/v1/customers", params=params, headers=APP_HEADERS,
                     json={"filter": filter_}, timeout=5)


def phone_is(value: str) -> dict:
    return {"attribute": {"field": "phone", "operator": "eq", "value": value}}


def put_person(http: requests.Session, url: str, identifier: str, body: object) -> requests.Response:
    return http.put(f"{url}/api/v1/customers/{identifier}", auth=TRACK_AUTH, json=body, timeout=5)


def only_person(admin: SandboxAdmin, **identifiers: str):
    matches = [p for p in admin.people()
               if all(getattr(p, kind) == value for kind, value in identifiers.items())]
    assert len(matches) == 1, matches
    return matches[0]


# Credentials


@pytest.mark.parametrize("auth", [None, (SITE_ID, "wrong-key"), ("other-site", TRACK_KEY)])
def test_track_api_answers_401_with_meta_error_for_missing_or_wrong_basic_auth(sandbox, admin, http, auth):
    response = http.get(f"{sandbox.url}/api/v1/accounts/region", auth=auth, timeout=5)

    assert response.status_code == 401
    assert "error" in response.json()["meta"]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"},
                                     {"Authorization": f"Basic {APP_KEY}"}])
def test_app_api_answers_401_with_errors_array_for_missing_or_wrong_bearer_token(sandbox, admin, http, headers):
    response = http.post(f"{sandbox.url}/v1/customers", headers=headers,
                         json={"filter": phone_is("+15555550100")}, timeout=5)

    assert response.status_code == 401
    assert response.json()["errors"][0]["status"] == 401


def test_track_credentials_are_not_accepted_by_the_app_api(sandbox, admin, http):
    response = http.post(f"{sandbox.url}/v1/customers", auth=TRACK_AUTH,
                         json={"filter": phone_is("+15555550100")}, timeout=5)

    assert response.status_code == 401


# Track API


def test_region_reports_the_sandbox_url_region_and_environment(sandbox, admin, http):
    response = http.get(f"{sandbox.url}/api/v1/accounts/region", auth=TRACK_AUTH, timeout=5)

    assert response.status_code == 200
    assert response.json() == {"url": sandbox.url, "region": "eu", "environment_id": 7}


def test_put_without_update_creates_a_person_for_an_unknown_id_or_email(sandbox, admin, http):
    assert put_person(http, sandbox.url, "new-id", {"plan": "basic"}).json() == {}
    assert put_person(http, sandbox.url, "new@example.com", {"plan": "pro"}).status_code == 200

    assert only_person(admin, id="new-id").attributes == {"plan": "basic"}
    created = only_person(admin, email="new@example.com")
    assert created.id is None and created.attributes == {"plan": "pro"}


def test_put_with_update_true_never_creates_a_person(sandbox, admin, http):
    before = admin.people()

    for identifier in ("ghost-id", "ghost@example.com", "cio_doesnotexist"):
        response = put_person(http, sandbox.url, identifier, {"sms_unsubscribe": True, "_update": True})
        assert response.status_code == 200

    assert admin.people() == before


def test_put_to_an_unknown_cio_id_is_dropped_even_without_update(sandbox, admin, http):
    before = admin.people()

    assert put_person(http, sandbox.url, "cio_ffffffff", {"sms_unsubscribe": True}).status_code == 200

    assert admin.people() == before


def test_put_by_cio_id_updates_that_person_without_storing_reserved_keys(sandbox, admin, http):
    cio_id = admin.add_person(email="only-email@example.com", attributes={"phone": "+15555550199"})

    body = {"sms_unsubscribe": True, "_update": True, "_timestamp": 1764270000}
    assert put_person(http, sandbox.url, f"cio_{cio_id}", body).status_code == 200

    person = admin.person(cio_id)
    assert person.attributes == {"phone": "+15555550199", "sms_unsubscribe": True}
    assert person.timestamps["sms_unsubscribe"] == 1764270000


def test_put_finds_email_case_insensitively(sandbox, admin, http):
    put_person(http, sandbox.url, "ADA@Example.com", {"vip": True, "_update": True})

    assert only_person(admin, id="demo-ada").attributes["vip"] is True


def test_put_with_an_older_timestamp_keeps_the_newer_value_and_equal_or_newer_overwrites(sandbox, admin, http):
    cio = f"cio_{only_person(admin, id='demo-ada').cio_id}"

    put_person(http, sandbox.url, cio, {"sms_unsubscribe": True, "_timestamp": 2000})
    put_person(http, sandbox.url, cio, {"sms_unsubscribe": False, "first_name": "Lovelace", "_timestamp": 1000})
    person = only_person(admin, id="demo-ada")
    assert person.attributes["sms_unsubscribe"] is True
    assert person.attributes["first_name"] == "Lovelace"  # seeded at the epoch, so 1000 is newer

    put_person(http, sandbox.url, cio, {"sms_unsubscribe": False, "_timestamp": 2000})
    assert only_person(admin, id="demo-ada").attributes["sms_unsubscribe"] is False
    put_person(http, sandbox.url, cio, {"sms_unsubscribe": True, "_timestamp": 3000})
    person = only_person(admin, id="demo-ada")
    assert person.attributes["sms_unsubscribe"] is True
    assert person.timestamps["sms_unsubscribe"] == 3000


@pytest.mark.parametrize("data", ["{not json", "[1, 2]", '"text"', ""])
def test_put_answers_400_with_meta_errors_for_malformed_json_or_a_non_object(sandbox, admin, http, data):
    response = http.put(f"{sandbox.url}/api/v1/customers/demo-ada", auth=TRACK_AUTH, data=data,
                        headers={"Content-Type": "application/json"}, timeout=5)

    assert response.status_code == 400
    assert response.json()["meta"]["errors"]


def test_put_answers_400_for_a_timestamp_that_is_not_unix_seconds(sandbox, admin, http):
    response = put_person(http, sandbox.url, "demo-ada", {"x": 1, "_timestamp": "yesterday"})

    assert response.status_code == 400


def test_batch_identify_updates_creates_and_respects_update_only_and_timestamp(sandbox, admin, http):
    ada = only_person(admin, id="demo-ada")
    batch = [
        {"type": "person", "action": "identify", "identifiers": {"cio_id": ada.cio_id},
         "attributes": {"sms_unsubscribe": True, "_update": True}, "timestamp": 5000},
        {"type": "person", "action": "identify", "identifiers": {"cio_id": ada.cio_id},
         "attributes": {"sms_unsubscribe": False}, "timestamp": 4000},
        {"type": "person", "action": "identify", "identifiers": {"email": "fresh@example.com"},
         "attributes": {"plan": "trial"}},
        {"type": "person", "action": "identify", "identifiers": {"id": "nobody"},
         "attributes": {"plan": "trial", "_update": True}},
    ]

    response = http.post(f"{sandbox.url}/api/v2/batch", auth=TRACK_AUTH, json={"batch": batch}, timeout=5)

    assert response.status_code == 200 and response.json() == {}
    ada = only_person(admin, id="demo-ada")
    assert ada.attributes["sms_unsubscribe"] is True and ada.timestamps["sms_unsubscribe"] == 5000
    assert only_person(admin, email="fresh@example.com").attributes == {"plan": "trial"}
    assert not [p for p in admin.people() if p.id == "nobody"]


def test_batch_answers_207_naming_an_oversized_or_invalid_item_and_applies_the_rest(sandbox, admin, http):
    batch = [
        {"type": "person", "action": "identify", "identifiers": {"id": "demo-ada"},
         "attributes": {"notes": "x" * 33 * 1024}},
        {"type": "person", "action": "identify", "identifiers": {"id": "demo-ada", "email": "a@example.com"}},
        {"type": "person", "action": "identify", "identifiers": {"id": "demo-ada"},
         "attributes": {"checked": True}},
    ]

    response = http.post(f"{sandbox.url}/api/v2/batch", auth=TRACK_AUTH, json={"batch": batch}, timeout=5)

    assert response.status_code == 207
    assert [error["batch_index"] for error in response.json()["errors"]] == [0, 1]
    attributes = only_person(admin, id="demo-ada").attributes
    assert attributes["checked"] is True and "notes" not in attributes


def test_batch_over_500_kb_is_rejected_whole_with_400(sandbox, admin, http):
    item = {"type": "person", "action": "identify", "identifiers": {"id": "demo-ada"},
            "attributes": {"notes": "x" * 30 * 1024}}

    response = http.post(f"{sandbox.url}/api/v2/batch", auth=TRACK_AUTH,
                         json={"batch": [item] * 20}, timeout=5)

    assert response.status_code == 400
    assert response.json()["errors"][0]["message"]
    assert "notes" not in only_person(admin, id="demo-ada").attributes


def test_batch_without_a_batch_array_is_400(sandbox, admin, http):
    response = http.post(f"{sandbox.url}/api/v2/batch", auth=TRACK_AUTH, json={"items": []}, timeout=5)

    assert response.status_code == 400


# App API


def test_search_eq_matches_the_exact_stored_string_only(sandbox, admin, http):
    shared = search(http, sandbox.url, {"and": [phone_is("+15555550101")]}).json()
    reformatted = search(http, sandbox.url, phone_is("+15555550102")).json()

    assert {i["email"] for i in shared["identifiers"]} == {"grace@example.com", "shared.line@example.com"}
    assert reformatted == {"identifiers": [], "ids": [], "next": ""}


def test_search_identifiers_include_a_profile_without_id_and_ids_hold_an_empty_string_for_it(sandbox, admin, http):
    body = search(http, sandbox.url, {"and": [phone_is("+15555550101")]}).json()

    email_only = next(i for i in body["identifiers"] if i["email"] == "shared.line@example.com")
    assert email_only["id"] is None and email_only["cio_id"]
    assert body["ids"] == [i["id"] or "" for i in body["identifiers"]]
    assert "" in body["ids"] and "demo-grace" in body["ids"]


def test_search_combines_and_or_not_and_exists(sandbox, admin, http):
    cio = only_person(admin, id="demo-edsger").cio_id
    put_person(http, sandbox.url, f"cio_{cio}", {"sms_unsubscribe": True})
    either_phone = {"or": [phone_is("+15555550100"), phone_is("+15555550103")]}

    subscribed = search(http, sandbox.url, {"and": [
        either_phone, {"not": {"attribute": {"field": "sms_unsubscribe", "operator": "exists"}}}]}).json()
    unsubscribed = search(http, sandbox.url, {"and": [
        either_phone, {"attribute": {"field": "sms_unsubscribe", "operator": "eq", "value": "true"}}]}).json()

    assert subscribed["ids"] == ["demo-ada"]
    assert unsubscribed["ids"] == ["demo-edsger"]


def test_search_pages_with_limit_and_next_until_next_is_empty(sandbox, admin, http):
    admin.add_people([{"id": f"bulk-{n}", "attributes": {"cohort": "b"}} for n in range(7)])
    seen, start, pages = [], None, 0

    while True:
        body = search(http, sandbox.url, {"attribute": {"field": "cohort", "operator": "eq", "value": "b"}},
                      limit=3, start=start).json()
        pages += 1
        seen += body["ids"]
        if not body["next"]:
            break
        start = body["next"]

    assert pages == 3
    assert seen == [f"bulk-{n}" for n in range(7)]


def test_search_defaults_to_50_per_page(sandbox, admin, http):
    admin.add_people([{"id": f"many-{n}", "attributes": {"cohort": "m"}} for n in range(55)])

    body = search(http, sandbox.url, {"attribute": {"field": "cohort", "operator": "exists"}}).json()

    assert len(body["identifiers"]) == 50 and body["next"]


def test_legacy_search_path_answers_like_v1_customers(sandbox, admin, http):
    response = http.post(f"{sandbox.url}/v1/api/customers", headers=APP_HEADERS,
                         json={"filter": phone_is("+15555550100")}, timeout=5)

    assert response.status_code == 200 and response.json()["ids"] == ["demo-ada"]


@pytest.mark.parametrize("params, body", [
    ({"limit": "0"}, {"filter": {"attribute": {"field": "phone", "operator": "exists"}}}),
    ({"limit": "1001"}, {"filter": {"attribute": {"field": "phone", "operator": "exists"}}}),
    ({"limit": "ten"}, {"filter": {"attribute": {"field": "phone", "operator": "exists"}}}),
    ({"start": "not-a-cursor"}, {"filter": {"attribute": {"field": "phone", "operator": "exists"}}}),
    ({}, {}),
    ({}, {"filter": {"attribute": {"field": "phone", "operator": "gt", "value": "1"}}}),
    ({}, {"filter": {"and": []}}),
    ({}, {"filter": {"attribute": {"field": "phone", "operator": "eq"}}}),
])
def test_search_answers_400_for_an_invalid_limit_cursor_or_filter(sandbox, admin, http, params, body):
    response = http.post(f"{sandbox.url}/v1/customers", params=params, headers=APP_HEADERS,
                         json=body, timeout=5)

    assert response.status_code == 400
    assert response.json()["errors"][0]["detail"]


def test_search_by_segment_uses_memberships_set_through_admin(sandbox, admin, http):
    admin.add_person(id="in-segment", segments=[4])

    body = search(http, sandbox.url, {"segment": {"id": 4}}).json()

    assert body["ids"] == ["in-segment"]


def test_attributes_lookup_returns_string_values_for_known_ids_and_omits_unknown(sandbox, admin, http):
    cio = admin.add_person(id="typed", attributes={"sms_unsubscribe": True, "visits": 3})

    response = http.post(f"{sandbox.url}/v1/customers/attributes", params={"id_type": "cio_id"},
                         headers=APP_HEADERS, json={"ids": [cio, "missing"]}, timeout=5)

    assert response.status_code == 200
    [entry] = response.json()["customers"]
    customer = entry["customer"]
    assert customer["identifiers"] == {"email": None, "id": "typed", "cio_id": cio}
    assert customer["attributes"] == {"sms_unsubscribe": "true", "visits": "3", "id": "typed", "cio_id": cio}


@pytest.mark.parametrize("params, ids", [({}, []), ({}, [str(n) for n in range(101)]),
                                         ({"id_type": "phone"}, ["+15555550100"])])
def test_attributes_lookup_answers_400_for_bad_ids_or_id_type(sandbox, admin, http, params, ids):
    response = http.post(f"{sandbox.url}/v1/customers/attributes", params=params,
                         headers=APP_HEADERS, json={"ids": ids}, timeout=5)

    assert response.status_code == 400


# Rate limits and faults


def test_app_rate_limit_answers_429_with_an_integer_retry_after(sandbox, admin, http):
    admin.set_limits(app_rps=2)
    statuses = [search(http, sandbox.url, phone_is("+15555550100")).status_code for _ in range(3)]
    limited = search(http, sandbox.url, phone_is("+15555550100"))

    assert statuses == [200, 200, 429]
    assert limited.status_code == 429
    assert int(limited.headers["Retry-After"]) >= 1
    assert limited.json()["errors"][0]["status"] == 429


def test_rejected_requests_take_no_token_so_retry_after_does_not_grow(sandbox, admin, http):
    admin.set_limits(track_rps=0.25, track_burst=1)
    url = f"{sandbox.url}/api/v1/accounts/region"

    first = http.get(url, auth=TRACK_AUTH, timeout=5)
    waits = [http.get(url, auth=TRACK_AUTH, timeout=5).headers["Retry-After"] for _ in range(5)]

    assert first.status_code == 200
    assert waits == ["4"] * 5


def test_rate_limit_can_leave_out_retry_after(sandbox, admin, http):
    admin.set_limits(app_rps=0.25, app_burst=1, retry_after_header=False)
    search(http, sandbox.url, phone_is("+15555550100"))

    limited = search(http, sandbox.url, phone_is("+15555550100"))

    assert limited.status_code == 429 and "Retry-After" not in limited.headers


def test_fault_rule_answers_count_times_then_is_used_up(sandbox, admin, http):
    admin.add_fault("track", 503, count=2, retry_after_s=7, path_contains="/customers/")
    body = {"sms_unsubscribe": True}

    region = http.get(f"{sandbox.url}/api/v1/accounts/region", auth=TRACK_AUTH, timeout=5)
    faulted = [put_person(http, sandbox.url, "demo-ada", body) for _ in range(2)]
    after = put_person(http, sandbox.url, "demo-ada", body)

    assert region.status_code == 200
    assert [r.status_code for r in faulted] == [503, 503]
    assert faulted[0].headers["Retry-After"] == "7"
    assert faulted[0].json()["meta"]["error"]
    assert after.status_code == 200
    assert admin.faults() == []


def test_fault_rule_without_count_limit_answers_until_cleared_and_comes_before_auth(sandbox, admin, http):
    admin.add_fault("app", 401, count=None)

    answers = [search(http, sandbox.url, phone_is("+15555550100")).status_code for _ in range(3)]
    admin.clear_faults()

    assert answers == [401, 401, 401]
    assert search(http, sandbox.url, phone_is("+15555550100")).status_code == 200


def test_fault_delay_makes_a_client_with_a_short_timeout_give_up(sandbox, admin, http):
    admin.add_fault("app", None, delay_s=0.5)

    with pytest.raises(requests.Timeout):
        http.post(f"{sandbox.url}/v1/customers", headers=APP_HEADERS,
                  json={"filter": phone_is("+15555550100")}, timeout=0.1)


# Admin


def test_admin_add_people_returns_cio_ids_in_order_and_lists_them(sandbox, admin):
    admin.reset()

    cio_ids = admin.add_people([{"id": "one"}, {"email": "two@example.com", "attributes": {"phone": "+1"}}])

    people = admin.people()
    assert [p.cio_id for p in people] == cio_ids
    assert (people[0].id, people[1].email, people[1].attributes) == ("one", "two@example.com", {"phone": "+1"})


def test_admin_refuses_a_duplicate_identifier_and_adds_nobody(sandbox, admin, http):
    before = admin.people()

    response = http.post(f"{sandbox.url}/_sandbox/people", timeout=5,
                         json={"people": [{"id": "fine"}, {"id": "demo-ada"}]})

    assert response.status_code == 400
    assert admin.people() == before


def test_demo_seed_has_the_documented_profiles(sandbox, admin):
    people = {p.email: p for p in admin.people()}

    assert people["ada@example.com"].attributes["phone"] == "+15555550100"
    assert people["shared.line@example.com"].id is None
    assert people["alan@example.com"].attributes["phone"] == "555-555-0102"
    assert all("sms_unsubscribe" not in p.attributes for p in people.values())


def test_stats_count_answers_by_api_endpoint_and_status(sandbox, admin, http):
    search(http, sandbox.url, phone_is("+15555550100"))
    search(http, sandbox.url, phone_is("+15555550100"), limit="x")
    put_person(http, sandbox.url, "demo-ada", {"a": 1})
    http.get(f"{sandbox.url}/api/v1/accounts/region", timeout=5)

    stats = admin.stats()

    assert stats["app"] == {"search": {"200": 1, "400": 1}}
    assert stats["track"] == {"update": {"200": 1}, "region": {"401": 1}}
    assert stats["totals"] == {"app": 2, "track": 2, "all": 4}


def test_reset_clears_people_faults_stats_and_restores_limits(sandbox, admin, http):
    admin.add_fault("track", 500, count=None)
    admin.set_limits(app_rps=1)
    search(http, sandbox.url, phone_is("+15555550100"))

    admin.reset()

    assert admin.people() == [] and admin.faults() == []
    assert admin.stats()["totals"]["all"] == 0
    assert admin.limits()["app_rps"] == 0


# CLI


def test_cli_prints_its_url_when_ready_and_exits_cleanly_on_sigterm():
    process = subprocess.Popen(
        [sys.executable, "-m", "local_stack.customerio_sandbox", "--port", "0", "--seed", "demo"],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        url = line.strip().rsplit(" ", 1)[-1]
        assert url.startswith("http://127.0.0.1:")
        people = requests.get(f"{url}/_sandbox/people", timeout=5).json()["people"]
        assert len(people) == 5

        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_fault_rule_json_accepts_retry_after_as_an_alias(sandbox, admin, http):
    response = http.post(f"{sandbox.url}/_sandbox/faults", timeout=5,
                         data=json.dumps({"api": "app", "status": 429, "retry_after": 3, "count": 1}))

    assert response.json()["fault"]["retry_after_s"] == 3
    assert search(http, sandbox.url, phone_is("+15555550100")).headers["Retry-After"] == "3"


# Fault rules for batched calls, and the attributes answer forms


def test_fault_rule_by_endpoint_and_body_hits_only_the_search_naming_that_number(sandbox, admin, http):
    admin.add_fault("app", 400, count=None, endpoint="search", body_contains="+15555550103")
    one_of_them = {"or": [phone_is("+15555550100"), phone_is("+15555550103")]}
    cio = only_person(admin, id="demo-ada").cio_id

    refused = search(http, sandbox.url, one_of_them)
    other = search(http, sandbox.url, {"or": [phone_is("+15555550100")]})
    attributes = http.post(f"{sandbox.url}/v1/customers/attributes", params={"id_type": "cio_id"},
                           headers=APP_HEADERS, json={"ids": [cio, "+15555550103"]}, timeout=5)

    assert refused.status_code == 400 and refused.json()["errors"][0]["status"] == 400
    assert other.status_code == 200 and attributes.status_code == 200


def test_fault_rule_for_one_cio_id_refuses_only_its_batch_item_with_207(sandbox, admin, http):
    ada, edsger = only_person(admin, id="demo-ada").cio_id, only_person(admin, id="demo-edsger").cio_id
    admin.add_fault("track", 400, cio_id=edsger)
    batch = [{"type": "person", "action": "identify", "identifiers": {"cio_id": cio},
              "attributes": {"sms_unsubscribe": True, "_update": True}, "timestamp": 5000} for cio in (ada, edsger)]

    response = http.post(f"{sandbox.url}/api/v2/batch", auth=TRACK_AUTH, json={"batch": batch}, timeout=5)

    assert response.status_code == 207
    [error] = response.json()["errors"]
    assert error["batch_index"] == 1 and error["message"]
    assert only_person(admin, id="demo-ada").attributes["sms_unsubscribe"] is True
    assert "sms_unsubscribe" not in only_person(admin, id="demo-edsger").attributes
    assert admin.faults() == []


def test_fault_rule_for_one_cio_id_answers_a_put_to_that_person(sandbox, admin, http):
    edsger = only_person(admin, id="demo-edsger").cio_id
    admin.add_fault("track", 404, cio_id=edsger)

    assert put_person(http, sandbox.url, "demo-ada", {"x": 1}).status_code == 200
    assert put_person(http, sandbox.url, f"cio_{edsger}", {"x": 1}).status_code == 404


def test_fault_rule_for_one_cio_id_needs_a_status(sandbox, admin):
    with pytest.raises(SandboxAdminError):
        admin.add_fault("track", None, delay_s=1, cio_id="a3000001")


def test_attributes_timestamps_hold_the_timestamp_each_attribute_was_last_set_with(sandbox, admin, http):
    cio = admin.add_person(id="stamped", attributes={"phone": "+15555550190"}, timestamp=100)
    put_person(http, sandbox.url, f"cio_{cio}", {"sms_unsubscribe": True, "_timestamp": 200})

    response = http.post(f"{sandbox.url}/v1/customers/attributes", params={"id_type": "cio_id"},
                         headers=APP_HEADERS, json={"ids": [cio]}, timeout=5)

    timestamps = response.json()["customers"][0]["customer"]["timestamps"]
    assert timestamps["phone"] == 100 and timestamps["sms_unsubscribe"] == 200


def test_attributes_answer_can_use_the_plain_item_form():
    with CustomerIOSandbox(site_id=SITE_ID, track_api_key=TRACK_KEY, app_api_key=APP_KEY, app_rps=0,
                           track_rps=0, attributes_shape="plain") as plain:
        cio = SandboxAdmin(plain.url).add_person(id="plain", attributes={"phone": "+15555550191"})
        response = requests.post(f"{plain.url}/v1/customers/attributes", params={"id_type": "cio_id"},
                                 headers=APP_HEADERS, json={"ids": [cio]}, timeout=5)

    [customer] = response.json()["customers"]
    assert "customer" not in customer
    assert customer["identifiers"]["cio_id"] == cio and customer["attributes"]["phone"] == "+15555550191"
