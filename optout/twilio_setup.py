"""``twilio configure``: point "A message comes in" at the ingest URL.

Two places can hold that webhook:

- the phone number (IncomingPhoneNumber ``SmsUrl`` + ``SmsMethod``);
- a Messaging Service the number belongs to (``InboundRequestUrl`` +
  ``InboundMethod``). A number in a service uses the service's URL unless the
  service's ``UseInboundWebhookOnNumber`` is on, and a number with an
  ``SmsApplicationSid`` uses that application's URL instead of its own.
  Both cases are reported as warnings rather than changed behind the
  operator's back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from twilio.rest import Client

from common.event import E164
from optout.errors import NotFound, UsageError
from optout.twilio_client import twilio_errors

METHOD = "POST"  # ingest accepts nothing else


@dataclass(frozen=True)
class WebhookChange:
    target: str
    old_url: str | None
    old_method: str | None
    new_url: str
    new_method: str
    dry_run: bool
    warnings: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return (self.old_url, (self.old_method or "").upper()) != (self.new_url, self.new_method)


def check_url(url: str) -> list[str]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"--url must be an absolute http(s) URL, not {url!r}")
    if parts.scheme == "http":
        return ["the URL is plain http: Twilio's signature and the message travel unencrypted"]
    return []


def configure_number(client: Client, number: str, url: str, *, dry_run: bool) -> WebhookChange:
    if not E164.match(number):
        raise UsageError(f"--number must be an E.164 number such as +15555550100, not {number!r}")
    warnings = check_url(url)
    with twilio_errors(f"looking up {number}"):
        found = client.incoming_phone_numbers.list(phone_number=number, limit=2)
    if not found:
        raise NotFound(f"{number} is not a phone number of this Twilio account")
    current = found[0]
    if current.sms_application_sid:
        warnings.append(f"{number} uses application {current.sms_application_sid} for SMS: Twilio calls "
                        "that application's URL, not SmsUrl")
    change = WebhookChange(f"phone number {number} ({current.sid})", current.sms_url, current.sms_method,
                           url, METHOD, dry_run, warnings)
    if change.changed and not dry_run:
        with twilio_errors(f"updating {number}"):
            client.incoming_phone_numbers(current.sid).update(sms_url=url, sms_method=METHOD)
    return change


def configure_messaging_service(client: Client, service_sid: str, url: str, *, dry_run: bool) -> WebhookChange:
    if not (service_sid.startswith("MG") and len(service_sid) == 34):
        raise UsageError(f"--messaging-service must be a Messaging Service SID (MG + 32 characters), "
                         f"not {service_sid!r}")
    warnings = check_url(url)
    service_api = client.messaging.v1.services(service_sid)
    with twilio_errors(f"looking up Messaging Service {service_sid}"):
        current = service_api.fetch()
    if current.use_inbound_webhook_on_number:
        warnings.append("this service has UseInboundWebhookOnNumber on: each number's own webhook "
                        "wins over the service's; configure the numbers with --number")
    change = WebhookChange(f"Messaging Service {service_sid} ({current.friendly_name})",
                           current.inbound_request_url, current.inbound_method, url, METHOD, dry_run, warnings)
    if change.changed and not dry_run:
        with twilio_errors(f"updating Messaging Service {service_sid}"):
            service_api.update(inbound_request_url=url, inbound_method=METHOD)
    return change
