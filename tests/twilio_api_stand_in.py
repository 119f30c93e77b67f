"""A stand-in for the parts of Twilio's REST API the operator CLI calls, served on 127.0.0.1.

Answers like the published API (2010-04-01 and Messaging v1):

- list resources page with ``PageSize`` / ``Page`` / ``PageToken`` and answer
  ``page``, ``page_size``, ``first_page_uri``, ``next_page_uri`` (null on the
  last page), ``previous_page_uri``, ``start``, ``end``, ``uri`` beside the
  records, under the resource's own key (``messages``, ``incoming_phone_numbers``);
- messages newest first, with ``date_sent`` etc. in RFC 2822 and ``direction``
  ``inbound`` / ``outbound-api`` / ...; filters ``To``, ``From``,
  ``DateSent>`` / ``DateSent<`` (a date, or a date and time) and ``DateSent``;
- ``IncomingPhoneNumbers.json?PhoneNumber=`` and ``POST .../IncomingPhoneNumbers/PN....json``
  (``SmsUrl``, ``SmsMethod``); ``GET``/``POST /v1/Services/MG...``;
- HTTP Basic auth (account SID + auth token); errors as Twilio's JSON
  ``{"code", "message", "more_info", "status"}``.

One liberty: pages hold at most ``max_page_size`` records (Twilio: 1000), so a
few hundred messages already span several pages.
"""

from __future__ import annotations

import base64
import json
import threading
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

API = "/2010-04-01"


def new_sid(prefix: str) -> str:
    return prefix + uuid.uuid4().hex


def rfc2822(moment: datetime) -> str:
    return format_datetime(moment.astimezone(timezone.utc), usegmt=False).replace("-0000", "+0000")


@dataclass
class Message:
    sender: str
    to: str
    body: str
    date_sent: datetime
    direction: str = "inbound"
    sid: str = field(default_factory=lambda: new_sid("SM"))

    def to_json(self, account_sid: str) -> dict:
        return {
            "sid": self.sid, "account_sid": account_sid, "api_version": "2010-04-01", "body": self.body,
            "date_created": rfc2822(self.date_sent), "date_updated": rfc2822(self.date_sent),
            "date_sent": rfc2822(self.date_sent), "direction": self.direction, "from": self.sender,
            "to": self.to, "status": "received" if self.direction == "inbound" else "delivered",
            "num_media": "0", "num_segments": "1", "messaging_service_sid": None, "price": None,
            "price_unit": "USD", "error_code": None, "error_message": None,
            "uri": f"{API}/Accounts/{account_sid}/Messages/{self.sid}.json", "subresource_uris": {},
        }


@dataclass
class PhoneNumber:
    phone_number: str
    sms_url: str = ""
    sms_method: str = "POST"
    sms_application_sid: str = ""
    sid: str = field(default_factory=lambda: new_sid("PN"))

    def to_json(self, account_sid: str) -> dict:
        return {
            "sid": self.sid, "account_sid": account_sid, "phone_number": self.phone_number,
            "friendly_name": self.phone_number, "sms_url": self.sms_url, "sms_method": self.sms_method,
            "sms_application_sid": self.sms_application_sid, "sms_fallback_url": "", "sms_fallback_method": "POST",
            "voice_url": "", "voice_method": "POST", "capabilities": {"sms": True, "mms": True, "voice": True},
            "uri": f"{API}/Accounts/{account_sid}/IncomingPhoneNumbers/{self.sid}.json",
        }


@dataclass
class MessagingService:
    friendly_name: str
    inbound_request_url: str | None = None
    inbound_method: str = "POST"
    use_inbound_webhook_on_number: bool = False
    sid: str = field(default_factory=lambda: new_sid("MG"))

    def to_json(self, account_sid: str) -> dict:
        return {
            "sid": self.sid, "account_sid": account_sid, "friendly_name": self.friendly_name,
            "inbound_request_url": self.inbound_request_url, "inbound_method": self.inbound_method,
            "use_inbound_webhook_on_number": self.use_inbound_webhook_on_number,
            "url": f"https://messaging.twilio.com/v1/Services/{self.sid}",
        }


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]


class TwilioStandIn:
    """``with TwilioStandIn(sid, token) as twilio: twilio.url ...``; its lists may be changed at will."""

    def __init__(self, account_sid: str, auth_token: str, max_page_size: int = 50) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.max_page_size = max_page_size
        self.messages: list[Message] = []
        self.numbers: list[PhoneNumber] = []
        self.services: list[MessagingService] = []
        self.requests: list[Seen] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> TwilioStandIn:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- the API ---------------------------------------------------------------

    def answer(self, method: str, path: str, query: dict[str, str], form: dict[str, str],
               authorization: str) -> tuple[int, dict]:
        self.requests.append(Seen(method, path, query, form))
        if not self._authorized(authorization):
            return _error(401, 20003, "Authentication Error - invalid username")
        account = f"{API}/Accounts/{self.account_sid}"
        if path == f"{account}/Messages.json" and method == "GET":
            return 200, self._page(path, query, "messages", self._messages(query))
        if path == f"{account}/IncomingPhoneNumbers.json" and method == "GET":
            numbers = [n for n in self.numbers if query.get("PhoneNumber") in (None, n.phone_number)]
            return 200, self._page(path, query, "incoming_phone_numbers", numbers)
        if path.startswith(f"{account}/IncomingPhoneNumbers/") and path.endswith(".json") and method == "POST":
            sid = path.rsplit("/", 1)[1][:-len(".json")]
            number = next((n for n in self.numbers if n.sid == sid), None)
            if number is None:
                return _error(404, 20404, f"The requested resource {path} was not found")
            number.sms_url = form.get("SmsUrl", number.sms_url)
            number.sms_method = form.get("SmsMethod", number.sms_method)
            return 200, number.to_json(self.account_sid)
        if path.startswith("/v1/Services/") and method in ("GET", "POST"):
            service = next((s for s in self.services if s.sid == path.rsplit("/", 1)[1]), None)
            if service is None:
                return _error(404, 20404, f"The requested resource {path} was not found")
            if method == "POST":
                service.inbound_request_url = form.get("InboundRequestUrl", service.inbound_request_url)
                service.inbound_method = form.get("InboundMethod", service.inbound_method)
                if "UseInboundWebhookOnNumber" in form:
                    service.use_inbound_webhook_on_number = form["UseInboundWebhookOnNumber"] == "true"
            return 200, service.to_json(self.account_sid)
        return _error(404, 20404, f"The requested resource {path} was not found")

    def _authorized(self, authorization: str) -> bool:
        if not authorization.startswith("Basic "):
            return False
        try:
            user, _, password = base64.b64decode(authorization[6:]).decode().partition(":")
        except ValueError:
            return False
        return (user, password) == (self.account_sid, self.auth_token)

    def _messages(self, query: dict[str, str]) -> list[Message]:
        chosen = [m for m in self.messages
                  if query.get("To") in (None, m.to) and query.get("From") in (None, m.sender)]
        day = lambda m: m.date_sent.astimezone(timezone.utc)  # noqa: E731
        if "DateSent>" in query:
            after = _moment(query["DateSent>"])
            chosen = [m for m in chosen if day(m) >= after]
        if "DateSent<" in query:
            before = _moment(query["DateSent<"])
            chosen = [m for m in chosen if day(m) <= before]
        if "DateSent" in query:
            on = _moment(query["DateSent"]).date()
            chosen = [m for m in chosen if day(m).date() == on]
        return sorted(chosen, key=lambda m: m.date_sent, reverse=True)

    def _page(self, path: str, query: dict[str, str], key: str, records: list) -> dict:
        size = max(1, min(int(query.get("PageSize") or 50), self.max_page_size))
        page = int(query.get("Page") or 0)
        start = page * size
        token = query.get("PageToken")
        if token:  # "PA" + the sid of the previous page's last record
            sids = [r.sid for r in records]
            start = sids.index(token[2:]) + 1 if token[2:] in sids else len(records)
        chunk = records[start:start + size]
        filters = {k: v for k, v in query.items() if k not in ("Page", "PageSize", "PageToken")}

        def uri(**paging) -> str:
            return f"{path}?{urlencode({**filters, 'PageSize': size, **paging})}"

        more = start + size < len(records)
        return {
            key: [r.to_json(self.account_sid) for r in chunk],
            "page": page, "page_size": size, "start": start, "end": start + len(chunk) - 1,
            "uri": uri(Page=page), "first_page_uri": uri(Page=0),
            "next_page_uri": uri(Page=page + 1, PageToken="PA" + chunk[-1].sid) if more and chunk else None,
            "previous_page_uri": uri(Page=page - 1) if page else None,
        }


def _moment(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(timezone.utc)
    except ValueError:
        return datetime.combine(date.fromisoformat(value), datetime.min.time(), tzinfo=timezone.utc)


def _error(status: int, code: int, message: str) -> tuple[int, dict]:
    return status, {"code": code, "message": message, "more_info": f"https://www.twilio.com/docs/errors/{code}",
                    "status": status}


def _handler_for(stand_in: TwilioStandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._serve("GET")

        def do_POST(self) -> None:
            self._serve("POST")

        def _serve(self, method: str) -> None:
            parts = urlsplit(self.path)
            query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length).decode() if length else ""
            form = {k: v[-1] for k, v in parse_qs(raw, keep_blank_values=True).items()}
            status, body = stand_in.answer(method, parts.path, query, form, self.headers.get("Authorization", ""))
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args) -> None:
            pass

    return Handler
