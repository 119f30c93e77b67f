"""Find the profiles of many numbers at once: one ``or`` search, then their attributes.

The search answers people without saying which number matched, so their
attributes (``POST /v1/customers/attributes``, 100 per call) map each back to
its number through ``PHONE_ATTRIBUTE``. Customer.io documents no limit on the
size of an ``or``: a 400 (or an answer this client cannot read) on a lookup of
several numbers splits them in halves and tries again, down to one number, so
only the number that is itself refused fails.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from common.errors import DeadLetterReason, OptOutError, PermanentError
from processor.customerio import CallCounts, CustomerIO, Profile, UnreadableAnswer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Found:
    """One profile holding the number, with what the stale check needs."""

    cio_id: str
    stamp: int | None  # the event time this pipeline last wrote, if readable


def find_profiles(customerio: CustomerIO, phones: Sequence[str], phone_attribute: str,
                  stamp_attribute: str, counts: CallCounts) -> dict[str, list[Found] | OptOutError]:
    """Each number's profiles (possibly none), or the error that keeps it from being looked up."""
    unique = list(dict.fromkeys(phones))
    try:
        people = customerio.find_people_with_any(unique, counts)
        cio_ids = list(dict.fromkeys(person.cio_id for person in people))
        profiles = customerio.profiles(cio_ids, counts) if cio_ids else []
    except (PermanentError, UnreadableAnswer) as error:
        if not _splits_on(error):
            return {phone: error for phone in unique}
        if len(unique) == 1:
            return {unique[0]: error}
        half = len(unique) // 2
        log.info("lookup refused, splitting it", extra={"fields": {"numbers": len(unique), "error": str(error)}})
        return {**find_profiles(customerio, unique[:half], phone_attribute, stamp_attribute, counts),
                **find_profiles(customerio, unique[half:], phone_attribute, stamp_attribute, counts)}
    except OptOutError as error:
        return {phone: error for phone in unique}
    return _by_phone(unique, cio_ids, profiles, phone_attribute, stamp_attribute)


def _splits_on(error: OptOutError) -> bool:
    return isinstance(error, UnreadableAnswer) or (
        isinstance(error, PermanentError) and error.reason is DeadLetterReason.REJECTED_REQUEST)


def _by_phone(phones: list[str], cio_ids: list[str], profiles: list[Profile], phone_attribute: str,
              stamp_attribute: str) -> dict[str, list[Found] | OptOutError]:
    found: dict[str, list[Found] | OptOutError] = {phone: [] for phone in phones}
    seen: set[str] = set()
    for profile in profiles:
        if profile.cio_id in seen:
            continue
        seen.add(profile.cio_id)
        phone = profile.attributes.get(phone_attribute)
        target = found.get(phone) if phone is not None else None
        if target is None:
            # Changed its number between the search and the read: it no longer holds any of these.
            log.info("profile no longer holds the number it was found by",
                     extra={"fields": {"cio_id": profile.cio_id}})
            continue
        target.append(Found(profile.cio_id, _stamp(profile, stamp_attribute)))
    for cio_id in set(cio_ids) - seen:
        # Found by the search, unknown to the attributes call a moment later: deleted since.
        log.info("profile gone between search and read", extra={"fields": {"cio_id": cio_id}})
    return found


def _stamp(profile: Profile, stamp_attribute: str) -> int | None:
    raw = profile.attributes.get(stamp_attribute) if stamp_attribute else None
    if raw is None or raw == "":
        return None
    try:
        value = float(raw)
    except ValueError:
        log.warning("unreadable stamp attribute, stale check skipped for this profile",
                    extra={"fields": {"cio_id": profile.cio_id, "attribute": stamp_attribute}})
        return None
    return int(value) if 0 <= value < 1e11 else None
