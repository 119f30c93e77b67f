"""One Flask app serving the Track API, the App API and the ``/_sandbox/`` admin endpoints.

Every Track (``/api/...``) and App (``/v1/...``) request passes the same gate, in this
order: fault rules (so a test can force any answer, 401 included), credentials, then
the API's token bucket. Answers from all three are counted in the stats; only requests
that pass all three take a token.
"""

from __future__ import annotations

import hmac
import json
import time
from typing import Any

from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException
from werkzeug.http import HTTP_STATUS_CODES

from .people import IDENTIFIER_KINDS, InvalidRequest, Person, as_text, compile_filter, identifier_kind
from .state import SandboxState
from .traffic import FaultRule, retry_after_header

# Flask endpoint -> the name it is counted under in /_sandbox/stats.
STATS_NAMES = {
    "track_region": "region", "track_update": "update", "track_batch": "batch",
    "app_search": "search", "app_search_legacy": "search", "app_attributes": "attributes",
}
BATCH_MAX_BYTES = 500 * 1024
BATCH_ITEM_MAX_BYTES = 32 * 1024
SEARCH_DEFAULT_LIMIT = 50
SEARCH_MAX_LIMIT = 1000
ATTRIBUTES_MAX_IDS = 100


def api_of(path: str) -> str | None:
    if path.startswith("/api/"):
        return "track"
    if path.startswith("/v1/"):
        return "app"
    return None


def error_body(api: str, path: str, status: int, message: str, field: str = "") -> dict[str, Any]:
    """The envelope each API uses: App ``errors[].detail``; Track v2 400 ``errors[].message``;
    Track v1 400 ``meta.errors[]``; any other Track answer ``meta.error``."""
    if api == "app":
        return {"errors": [{"detail": message, "status": status}]}
    if status == 400 and path.startswith("/api/v2/"):
        return {"errors": [{"reason": "invalid", "field": field, "message": message}]}
    if status == 400:
        return {"meta": {"errors": [message]}}
    return {"meta": {"error": message}}


def create_app(state: SandboxState) -> Flask:
    app = Flask(__name__)
    config = state.config

    def reply(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
        return Response(json.dumps(body), status=status, headers=headers, mimetype="application/json")

    def api_error(status: int, message: str, field: str = "",
                  headers: dict[str, str] | None = None) -> Response:
        return reply(error_body(g.api, request.path, status, message, field), status, headers)

    def authorized(api: str) -> bool:
        if api == "track":
            auth = request.authorization
            return (auth is not None and auth.type == "basic"
                    and _same(auth.username, config.site_id) and _same(auth.password, config.track_api_key))
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        return scheme.lower() == "bearer" and _same(token.strip(), config.app_api_key)

    def fault_reply(fault: FaultRule) -> Response | None:
        if fault.delay_s:
            time.sleep(fault.delay_s)
        if fault.status is None:
            return None
        headers = {"Retry-After": str(fault.retry_after_s)} if fault.retry_after_s is not None else None
        phrase = HTTP_STATUS_CODES.get(fault.status, "error").lower()
        return api_error(fault.status, f"{phrase} (sandbox fault)", headers=headers)

    @app.before_request
    def gate() -> Response | None:
        # Read the body even when answering early, so a keep-alive connection stays in step.
        request.get_data()
        g.api = api_of(request.path)
        if g.api is None:
            return None
        g.stats_name = STATS_NAMES.get(request.endpoint or "", "other")
        fault = state.take_fault(g.api, request.path, g.stats_name,
                                 request.get_data().decode("utf-8", "replace"))
        if fault is None and request.endpoint == "track_update":
            kind, value = identifier_kind(request.view_args.get("identifier", "") if request.view_args else "")
            fault = state.take_person_fault(g.api, value) if kind == "cio_id" else None
        if fault is not None and (answer := fault_reply(fault)) is not None:
            return answer
        if not authorized(g.api):
            which = "Track API site id and key" if g.api == "track" else "App API key"
            return api_error(401, f"unauthorized: check the {which}")
        wait_s = state.take_token(g.api)
        if wait_s:
            headers = {"Retry-After": retry_after_header(wait_s)} if state.limits.retry_after_header else None
            return api_error(429, "rate limit exceeded", headers=headers)
        return None

    @app.after_request
    def count(response: Response) -> Response:
        if g.get("api"):
            state.record(g.api, g.get("stats_name", "other"), response.status_code)
        return response

    @app.errorhandler(InvalidRequest)
    def invalid(exc: InvalidRequest) -> Response:
        if g.get("api") is None:
            return reply({"error": exc.message}, 400)
        return api_error(400, exc.message, exc.field)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Response:
        status = exc.code or 500
        if g.get("api") is None:
            return reply({"error": exc.name.lower()}, status)
        return api_error(status, exc.name.lower())

    # Track API

    @app.get("/api/v1/accounts/region", endpoint="track_region")
    def region() -> Response:
        return reply({"url": request.host_url.rstrip("/"), "region": config.region,
                      "environment_id": config.environment_id})

    @app.put("/api/v1/customers/<identifier>", endpoint="track_update")
    def update(identifier: str) -> Response:
        body = _json_body()
        if not isinstance(body, dict):
            raise InvalidRequest("the body must be a JSON object of attributes")
        update_only = _update_flag(body)
        timestamp = _timestamp(body.get("_timestamp"), "_timestamp")
        kind, value = identifier_kind(identifier)
        if not value:
            raise InvalidRequest("the identifier is empty")
        with state.lock:
            state.people.identify(kind, value, body, update_only=update_only, timestamp=timestamp)
        return reply({})

    @app.post("/api/v2/batch", endpoint="track_batch")
    def batch() -> Response:
        if len(request.get_data()) > BATCH_MAX_BYTES:
            raise InvalidRequest(f"a batch request must be at most {BATCH_MAX_BYTES} bytes", "batch")
        body = _json_body()
        if not isinstance(body, dict) or not isinstance(body.get("batch"), list):
            raise InvalidRequest("the body must be an object with a batch array", "batch")
        errors = []
        for index, item in enumerate(body["batch"]):
            try:
                kind, value, attributes, update_only, timestamp = _person_identify(item)
            except InvalidRequest as exc:
                errors.append({"batch_index": index, "reason": "invalid", "field": exc.field,
                               "message": exc.message})
                continue
            fault = state.take_person_fault("track", value) if kind == "cio_id" else None
            if fault is not None:
                errors.append({"batch_index": index, "reason": "invalid", "field": "identifiers",
                               "message": f"{HTTP_STATUS_CODES.get(fault.status, 'error').lower()} (sandbox fault)"})
                continue
            with state.lock:
                state.people.identify(kind, value, attributes, update_only=update_only, timestamp=timestamp)
        return reply({"errors": errors}, 207) if errors else reply({})

    # App API

    @app.post("/v1/customers", endpoint="app_search")
    @app.post("/v1/api/customers", endpoint="app_search_legacy")
    def search() -> Response:
        limit = _limit(request.args.get("limit"))
        body = _json_body()
        if not isinstance(body, dict) or "filter" not in body:
            raise InvalidRequest("the body must be an object with a filter", "filter")
        predicate = compile_filter(body["filter"])
        with state.lock:
            page, next_cursor = state.people.search(predicate, request.args.get("start") or None, limit)
        identifiers = [{"email": p.email, "id": p.id, "cio_id": p.cio_id} for p in page]
        # ids is index-aligned with identifiers: a person without an id is "" there.
        return reply({"identifiers": identifiers, "ids": [p.id or "" for p in page], "next": next_cursor})

    @app.post("/v1/customers/attributes", endpoint="app_attributes")
    def attributes() -> Response:
        id_type = request.args.get("id_type") or "id"
        if id_type not in IDENTIFIER_KINDS:
            raise InvalidRequest("id_type must be id, email or cio_id (phone is not an identifier here)",
                                 "id_type")
        body = _json_body()
        ids = body.get("ids") if isinstance(body, dict) else None
        if (not isinstance(ids, list) or not 1 <= len(ids) <= ATTRIBUTES_MAX_IDS
                or not all(isinstance(i, str) for i in ids)):
            raise InvalidRequest(f"ids must be an array of 1 to {ATTRIBUTES_MAX_IDS} strings", "ids")
        with state.lock:
            found = [state.people.find(id_type, value) for value in ids]
            customers = [_customer_json(person) for person in found if person is not None]
        if config.attributes_shape == "wrapped":
            customers = [{"customer": customer} for customer in customers]
        return reply({"customers": customers})

    # Admin (no auth)

    @app.get("/_sandbox/health")
    def health() -> Response:
        return reply({"status": "ok"})

    @app.get("/_sandbox/people")
    def list_people() -> Response:
        with state.lock:
            people = [person.to_json() for person in state.people.all()]
        return reply({"people": people})

    @app.post("/_sandbox/people")
    def add_people() -> Response:
        body = _json_body()
        if not isinstance(body, dict) or not isinstance(body.get("people"), list):
            raise InvalidRequest("the body must be an object with a people array")
        return reply({"cio_ids": [person.cio_id for person in state.add_people(body["people"])]})

    @app.post("/_sandbox/reset")
    def reset() -> Response:
        body = _json_body() if request.get_data() else {}
        state.reset((body or {}).get("seed") or "none")
        return reply({"status": "ok"})

    @app.get("/_sandbox/faults")
    def list_faults() -> Response:
        with state.lock:
            return reply({"faults": [rule.to_json() for rule in state.faults.rules]})

    @app.post("/_sandbox/faults")
    def add_fault() -> Response:
        rule = FaultRule.from_json(_json_body())
        with state.lock:
            state.faults.rules.append(rule)
        return reply({"fault": rule.to_json()})

    @app.delete("/_sandbox/faults")
    def clear_faults() -> Response:
        with state.lock:
            state.faults.rules.clear()
        return reply({"faults": []})

    @app.get("/_sandbox/stats")
    def stats() -> Response:
        with state.lock:
            return reply(state.stats.snapshot())

    @app.get("/_sandbox/limits")
    def get_limits() -> Response:
        return reply(state.limits.to_json())

    @app.post("/_sandbox/limits")
    def set_limits() -> Response:
        body = _json_body()
        if not isinstance(body, dict):
            raise InvalidRequest("the body must be a JSON object")
        return reply(state.set_limits(body).to_json())

    return app


def _same(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def _json_body() -> Any:
    try:
        return json.loads(request.get_data())
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are both ValueErrors
        raise InvalidRequest("the body is not valid JSON") from exc


def _update_flag(attributes: dict[str, Any]) -> bool:
    update_only = attributes.get("_update", False)
    if not isinstance(update_only, bool):
        raise InvalidRequest("_update must be true or false", "_update")
    return update_only


def _timestamp(value: Any, field: str) -> int:
    if value is None:
        return int(time.time())
    if (isinstance(value, bool) or not isinstance(value, (int, float))
            or (isinstance(value, float) and not value.is_integer()) or value < 0):
        raise InvalidRequest(f"{field} must be a Unix timestamp in whole seconds", field)
    return int(value)


def _limit(raw: str | None) -> int:
    if raw is None or raw == "":
        return SEARCH_DEFAULT_LIMIT
    if not raw.isdigit() or not 1 <= int(raw) <= SEARCH_MAX_LIMIT:
        raise InvalidRequest(f"limit must be an integer from 1 to {SEARCH_MAX_LIMIT}", "limit")
    return int(raw)


def _person_identify(item: Any) -> tuple[str, str, dict[str, Any], bool, int]:
    """Check one v2 batch item; the sandbox models people and the identify action only."""
    if not isinstance(item, dict):
        raise InvalidRequest("each batch item must be an object")
    if len(json.dumps(item, separators=(",", ":")).encode()) > BATCH_ITEM_MAX_BYTES:
        raise InvalidRequest(f"a batch item must be at most {BATCH_ITEM_MAX_BYTES} bytes")
    if item.get("type") != "person":
        raise InvalidRequest("the sandbox supports type person only", "type")
    if item.get("action") != "identify":
        raise InvalidRequest("the sandbox supports the identify action only", "action")
    identifiers = item.get("identifiers")
    if not isinstance(identifiers, dict) or len(identifiers) != 1:
        raise InvalidRequest("identifiers must hold exactly one of id, email, cio_id", "identifiers")
    (kind, value), = identifiers.items()
    if kind not in IDENTIFIER_KINDS:
        raise InvalidRequest(f"{kind} is not an identifier in this workspace", "identifiers")
    if isinstance(value, int) and not isinstance(value, bool) and kind == "id":
        value = str(value)
    if not isinstance(value, str) or not value:
        raise InvalidRequest(f"identifiers.{kind} must be a non-empty string", "identifiers")
    attributes = item.get("attributes") or {}
    if not isinstance(attributes, dict):
        raise InvalidRequest("attributes must be an object", "attributes")
    return kind, value, attributes, _update_flag(attributes), _timestamp(item.get("timestamp"), "timestamp")


def _customer_json(person: Person) -> dict[str, Any]:
    """One entry of the App API's attributes answer: every attribute value as a string."""
    attributes = {name: as_text(value) for name, value in person.attributes.items()}
    attributes.update({kind: value for kind in IDENTIFIER_KINDS
                       if (value := person.identifier(kind)) is not None})
    return {
        "id": person.id,
        "identifiers": {"email": person.email, "id": person.id, "cio_id": person.cio_id},
        "attributes": attributes,
        "timestamps": dict(person.timestamps),
        "unsubscribed": as_text(person.attributes.get("unsubscribed")).lower() in ("true", "1"),
        "devices": [],
    }
