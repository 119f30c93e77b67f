"""The ``twilio`` package's REST client, built from the environment, with its errors mapped.

Credentials (first that is complete wins):

- ``TWILIO_API_KEY`` + ``TWILIO_API_SECRET`` + ``TWILIO_ACCOUNT_SID``: an API key
  (revocable, can be restricted; preferred for people);
- ``TWILIO_ACCOUNT_SID`` + ``TWILIO_AUTH_TOKEN`` (or ``TWILIO_AUTH_TOKEN_SECRET``,
  a Secret Manager version, as for ``ingest``).

``TWILIO_API_BASE_URL`` (or ``--twilio-api-url``) sends every request that
would go to ``https://*.twilio.com`` to another base URL instead, keeping the
path: an egress proxy, or a local stand-in for tests. The client's own
``edge``/``region`` settings cannot do this, as they only choose among
Twilio's hosts.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from common.errors import ConfigError
from common.secrets import read_secret
from optout.errors import AccessDenied, CliError, NotFound, Unreachable, UsageError

REQUEST_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class TwilioCredentials:
    account_sid: str
    username: str  # the account SID, or an API key SID
    password: str  # the auth token, or the API key's secret

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> TwilioCredentials:
        account_sid = env.get("TWILIO_ACCOUNT_SID", "")
        if not account_sid:
            raise UsageError("TWILIO_ACCOUNT_SID is required (with TWILIO_AUTH_TOKEN, "
                             "or TWILIO_API_KEY and TWILIO_API_SECRET)")
        if env.get("TWILIO_API_KEY") and env.get("TWILIO_API_SECRET"):
            return cls(account_sid, env["TWILIO_API_KEY"], env["TWILIO_API_SECRET"])
        try:
            token = read_secret(env, "TWILIO_AUTH_TOKEN")
        except ConfigError as exc:
            raise UsageError(f"{exc} (or TWILIO_API_KEY and TWILIO_API_SECRET)") from exc
        return cls(account_sid, account_sid, token)


class RedirectedHttpClient(TwilioHttpClient):
    """Twilio's own HTTP client, with Twilio's hosts swapped for ``base_url``."""

    def __init__(self, base_url: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self._base = base_url.rstrip("/")

    def request(self, method: str, url: str, *args, **kwargs):
        parts = urlsplit(url)
        if (parts.hostname or "").endswith(".twilio.com"):
            url = self._base + parts.path + (f"?{parts.query}" if parts.query else "")
        return super().request(method, url, *args, **kwargs)


def make_client(env: Mapping[str, str], api_base_url: str | None = None) -> Client:
    credentials = TwilioCredentials.from_env(env)
    base = api_base_url or env.get("TWILIO_API_BASE_URL") or None
    http = (RedirectedHttpClient(base, timeout=REQUEST_TIMEOUT_S) if base
            else TwilioHttpClient(timeout=REQUEST_TIMEOUT_S))
    return Client(credentials.username, credentials.password, credentials.account_sid,
                  http_client=http)


@contextlib.contextmanager
def twilio_errors(what: str) -> Iterator[None]:
    try:
        yield
    except TwilioRestException as exc:
        raise _by_status(what, exc.status, exc.msg) from exc
    except (requests.ConnectionError, requests.Timeout) as exc:
        raise Unreachable(f"{what}: cannot reach Twilio ({exc.__class__.__name__})") from exc
    except TwilioException as exc:
        # Paging (Page.process_response) raises the bare type with the HTTP response attached.
        response = exc.args[1] if len(exc.args) > 1 else None
        status = getattr(response, "status_code", None)
        if status is not None:
            raise _by_status(what, status, _message_of(response)) from exc
        raise CliError(f"{what}: {exc}") from exc


def _by_status(what: str, status: int, message: str | None) -> CliError:
    detail = f"{what}: Twilio answered {status}" + (f" ({message})" if message else "")
    if status in (401, 403):
        return AccessDenied(f"{detail}; check TWILIO_ACCOUNT_SID and the auth token or API key")
    if status == 404:
        return NotFound(detail)
    return CliError(detail)


def _message_of(response) -> str | None:
    try:
        return json.loads(response.text).get("message")
    except (ValueError, AttributeError):
        return None
