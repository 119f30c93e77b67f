"""The command line's arguments, and how each subcommand's outcome becomes output and exit status."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Mapping, Sequence

from common.errors import ConfigError, DeadLetterReason
from common.logs import mask_phones_in
from common.pubsub import DELIVERY_ATTEMPTS_EXHAUSTED
from ingest.keywords import rules_from_env
from optout import backfill, dlq, output, smoke, twilio_setup, twilio_webhook
from optout.customerio_probe import CustomerIOProbe
from optout.deadletters import UNKNOWN_REASON, DeadLetterQueue
from optout.errors import CliError, UsageError
from optout.names import default_project, subscription_path, topic_path
from optout.publishing import event_publisher
from optout.twilio_client import make_client

log = logging.getLogger("optout")

REASONS = (*(reason.value for reason in DeadLetterReason), DELIVERY_ATTEMPTS_EXHAUSTED, UNKNOWN_REASON)

EXIT_STATUSES = """exit status: 0 done; 1 failed; 2 bad flags or settings; 3 credentials refused;
4 subscription, topic, number or service not found; 5 service unreachable; 130 interrupted"""


def build_parser(env: Mapping[str, str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m optout", description="Operate the Twilio opt-out pipeline.", epilog=EXIT_STATUSES)
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more (-vv: debug)")
    parser.add_argument("--no-progress", action="store_true", help="never draw progress bars")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _dlq_commands(commands, env)
    _twilio_commands(commands, env)
    _smoke_command(commands, env)
    return parser


# -- dlq ----------------------------------------------------------------------

def _pubsub_flags(parser: argparse.ArgumentParser, env: Mapping[str, str], *, topic: bool,
                  subscription: bool = True) -> None:
    parser.add_argument("--project", default=default_project(env),
                        help="project of short names (default: $GOOGLE_CLOUD_PROJECT or $PUBSUB_PROJECT_ID)")
    if subscription:
        parser.add_argument("--subscription", default=env.get("OPTOUT_DEAD_LETTER_SUBSCRIPTION"),
                            help="dead-letter pull subscription, short name or full path "
                                 "(default: $OPTOUT_DEAD_LETTER_SUBSCRIPTION)")
    if topic:
        parser.add_argument("--topic", default=env.get("PUBSUB_TOPIC"),
                            help="events topic ingest publishes to (default: $PUBSUB_TOPIC)")
    parser.add_argument("--timeout", type=_positive_float, default=30.0, metavar="SECONDS",
                        help="how long to keep retrying an unreachable Pub/Sub (default: 30)")
    parser.add_argument("--pull-wait", type=_positive_float, default=3.0, metavar="SECONDS",
                        help="how long one pull waits for messages; an empty pull ends the scan (default: 3)")


def _dlq_commands(commands, env: Mapping[str, str]) -> None:
    dlq_parser = commands.add_parser("dlq", help="list, replay or purge dead-lettered events",
                                     description=dlq.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = dlq_parser.add_subparsers(dest="dlq_command", required=True, metavar="ACTION")

    listing = sub.add_parser("list", help="show dead letters without removing them",
                             description="Show the dead-lettered events and a count by reason. Nothing is "
                                         "acknowledged: every message read is handed back when the listing ends.")
    _pubsub_flags(listing, env, topic=False)
    listing.add_argument("--reason", choices=REASONS, help="only this reason")
    listing.add_argument("--limit", type=_positive_int, default=1000, help="show at most N (default: 1000)")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(run=_run_dlq_list)

    replay = sub.add_parser("replay", help="republish dead letters to the events topic",
                            description=dlq.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    _pubsub_flags(replay, env, topic=True)
    replay.add_argument("--reason", choices=REASONS, help="only this reason (default: every replayable one)")
    replay.add_argument("--limit", type=_positive_int, help="replay at most N (default: all)")
    replay.add_argument("--dry-run", action="store_true", help="show what would be replayed; change nothing")
    replay.add_argument("--json", action="store_true", help="print JSON for scripts")
    replay.set_defaults(run=_run_dlq_replay)

    purge_parser = sub.add_parser("purge", help="drop dead letters for good",
                                  description="Acknowledge (delete) the dead letters with one reason.")
    _pubsub_flags(purge_parser, env, topic=False)
    purge_parser.add_argument("--reason", choices=REASONS, required=True, help="drop the ones with this reason")
    purge_parser.add_argument("--limit", type=_positive_int, help="drop at most N (default: all)")
    purge_parser.add_argument("--yes", action="store_true", help="really drop them (required unless --dry-run)")
    purge_parser.add_argument("--dry-run", action="store_true", help="count what would be dropped; change nothing")
    purge_parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    purge_parser.set_defaults(run=_run_dlq_purge)


def _queue(args) -> DeadLetterQueue:
    return DeadLetterQueue(subscription_path(args.subscription, args.project),
                           pull_wait_s=args.pull_wait, timeout_s=args.timeout)


def _run_dlq_list(args, env) -> int:
    selection = dlq.Selection(args.reason, args.limit)
    with _queue(args) as queue:
        listing = dlq.list_dead_letters(queue, selection, not args.no_progress)
    output.print_listing(listing, args.json)
    return 0


def _run_dlq_replay(args, env) -> int:
    selection = dlq.Selection(args.reason, args.limit)
    topic = topic_path(args.topic, args.project)
    publish = None if args.dry_run else event_publisher(topic)
    with _queue(args) as queue:
        report = dlq.replay(queue, publish, selection, dry_run=args.dry_run, show_progress=not args.no_progress)
    skipped = [{"message_id": letter.message_id, "reason": letter.reason, "unreadable": letter.unreadable}
               for letter in report.not_replayable]
    replayable = report.selected - len(report.not_replayable)
    if args.json:
        _print_json({"selected": report.selected, "replayable": replayable, "replayed": report.replayed,
                     "not_replayable": skipped, "ack_failed": report.ack_failed, "topic": topic,
                     "dry_run": report.dry_run})
        return 1 if report.ack_failed else 0
    if report.dry_run:
        print(f"dry run: would replay {replayable} of {report.selected} selected dead letters to {topic}")
    else:
        print(f"replayed {report.replayed} of {report.selected} selected dead letters to {topic}")
    if skipped:
        print(f"{len(skipped)} cannot be replayed (not a readable event) and stay on the subscription; "
              "`dlq purge --reason malformed_event --yes` drops them")
    return _report_ack_failures(report.ack_failed, "republished but")


def _report_ack_failures(message_ids: list[str], what: str) -> int:
    if not message_ids:
        return 0
    print(f"error: {len(message_ids)} dead letters were {what} could not be acknowledged and stay on the "
          f"subscription: {', '.join(message_ids[:20])}{' ...' if len(message_ids) > 20 else ''}", file=sys.stderr)
    return 1


def _run_dlq_purge(args, env) -> int:
    if not (args.yes or args.dry_run):
        raise UsageError("purge drops messages for good: add --yes (or --dry-run to only count them)")
    with _queue(args) as queue:
        report = dlq.purge(queue, dlq.Selection(args.reason, args.limit), dry_run=args.dry_run,
                           show_progress=not args.no_progress)
    if args.json:
        _print_json({"reason": args.reason, "selected": report.selected, "purged": report.purged,
                     "ack_failed": report.ack_failed, "dry_run": report.dry_run})
    elif report.dry_run:
        print(f"dry run: would drop {report.selected} dead letters with reason {args.reason}")
    else:
        print(f"dropped {report.purged} dead letters with reason {args.reason}")
    return _report_ack_failures(report.ack_failed, "to be dropped but")


# -- twilio -------------------------------------------------------------------

def _twilio_flags(parser: argparse.ArgumentParser, env: Mapping[str, str]) -> None:
    parser.add_argument("--twilio-api-url", default=env.get("TWILIO_API_BASE_URL"),
                        help="send Twilio REST calls to this base URL instead (a proxy or a stand-in; "
                             "default: $TWILIO_API_BASE_URL, else Twilio)")


def _twilio_commands(commands, env: Mapping[str, str]) -> None:
    twilio = commands.add_parser(
        "twilio", help="set up Twilio, catch up on past messages",
        description="Credentials: TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or TWILIO_AUTH_TOKEN_SECRET), "
                    "or with TWILIO_API_KEY and TWILIO_API_SECRET.")
    sub = twilio.add_subparsers(dest="twilio_command", required=True, metavar="ACTION")

    configure = sub.add_parser("configure", help="point the inbound-message webhook at ingest",
                               description=twilio_setup.__doc__,
                               formatter_class=argparse.RawDescriptionHelpFormatter)
    where = configure.add_mutually_exclusive_group(required=True)
    where.add_argument("--number", help="the Twilio phone number (E.164) whose SmsUrl to set")
    where.add_argument("--messaging-service", metavar="MG...", help="the Messaging Service whose inbound URL to set")
    configure.add_argument("--url", required=True, help="ingest's public URL")
    configure.add_argument("--dry-run", action="store_true", help="show the change; make none")
    _twilio_flags(configure, env)
    configure.set_defaults(run=_run_twilio_configure)

    backfill_parser = sub.add_parser("backfill", help="publish past opt-outs/opt-ins from the message log",
                                     description=backfill.__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    backfill_parser.add_argument("--since", required=True, help="first day to read, YYYY-MM-DD (UTC)")
    backfill_parser.add_argument("--to", help="only messages sent to this Twilio number (E.164)")
    _pubsub_flags(backfill_parser, env, topic=True, subscription=False)
    backfill_parser.add_argument("--dry-run", action="store_true", help="read and classify; publish nothing")
    backfill_parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    _twilio_flags(backfill_parser, env)
    backfill_parser.set_defaults(run=_run_twilio_backfill)


def _run_twilio_configure(args, env) -> int:
    client = make_client(env, args.twilio_api_url)
    if args.number:
        change = twilio_setup.configure_number(client, args.number, args.url, dry_run=args.dry_run)
    else:
        change = twilio_setup.configure_messaging_service(client, args.messaging_service, args.url,
                                                          dry_run=args.dry_run)
    for warning in change.warnings:
        log.warning(warning)
    print(f"{change.target}")
    print(f"  old: {change.old_method or '-'} {change.old_url or '(none)'}")
    print(f"  new: {change.new_method} {change.new_url}")
    if not change.changed:
        print("already set; nothing changed")
    elif change.dry_run:
        print("dry run: nothing changed")
    else:
        print("updated")
    return 0


def _run_twilio_backfill(args, env) -> int:
    since = backfill.parse_since(args.since)
    rules = rules_from_env(env)
    topic = None if args.dry_run else topic_path(args.topic, args.project)
    client = make_client(env, args.twilio_api_url)
    report = backfill.BackfillReport(dry_run=args.dry_run)
    messages = backfill.read_inbound(client, since, args.to, report, not args.no_progress)
    events = backfill.events_from(messages, rules, report)
    if not args.dry_run:
        backfill.publish_in_order(events, event_publisher(topic), report, not args.no_progress)
    if args.json:
        _print_json({**report.to_json(), "topic": topic})
        return 0
    matched = ", ".join(f"{count} {action}" for action, count in sorted(report.matched.items())) or "none"
    print(f"read {report.read} messages since {since.isoformat()}: {report.inbound} inbound, "
          f"{report.skipped_non_phone} from non-phone senders skipped")
    print(f"matched {sum(report.matched.values())} keywords ({matched})")
    print("dry run: published nothing" if args.dry_run else f"published {report.published} events to {topic}")
    return 0


# -- smoke --------------------------------------------------------------------

def _smoke_command(commands, env: Mapping[str, str]) -> None:
    parser = commands.add_parser(
        "smoke", help="send a signed test STOP (and START) to ingest; optionally wait for Customer.io",
        description=smoke.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="environment: TWILIO_AUTH_TOKEN (or TWILIO_AUTH_TOKEN_SECRET) signs the request; with --wait "
               "CUSTOMERIO_APP_API_KEY, CUSTOMERIO_REGION (us|eu, default us) or CUSTOMERIO_APP_URL, "
               "PHONE_ATTRIBUTE and UNSUBSCRIBE_ATTRIBUTE as for process.")
    parser.add_argument("--url", required=True, help="ingest's URL, exactly as Twilio would call it")
    parser.add_argument("--number", default="+15555550100",
                        help="sender: the number of a test profile (default: +15555550100, fictional)")
    parser.add_argument("--to", default=twilio_webhook.TEST_RECIPIENT, help="the Twilio number written as recipient")
    parser.add_argument("--start", action="store_true", help="send START after the STOP")
    parser.add_argument("--wait", action="store_true", help="poll Customer.io until the profiles show it")
    parser.add_argument("--timeout", type=_positive_float, default=60.0, metavar="SECONDS",
                        help="longest wait for each change with --wait (default: 60)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(run=_run_smoke)


def _run_smoke(args, env) -> int:
    test = smoke.SmokeTest(args.url, args.number, args.to, smoke.auth_token_from(env),
                           env.get("TWILIO_ACCOUNT_SID") or twilio_webhook.TEST_ACCOUNT_SID, args.timeout)
    probe = CustomerIOProbe(env) if args.wait else None
    steps = [smoke.STOP, smoke.START] if args.start else [smoke.STOP]

    def show(result: smoke.StepResult) -> None:
        if args.json:
            return
        line = f"{result.keyword}: ingest answered {result.status} {result.answer or ''}".rstrip()
        if result.latency_s is not None:
            line += f"; {result.profiles} profile(s) changed after {result.latency_s:.2f} s end to end"
        print(line, flush=True)

    results = test.run(steps, probe, show)
    if args.json:
        _print_json({"url": args.url, "steps": [result.__dict__ for result in results]})
    return 0


# -- plumbing -----------------------------------------------------------------

def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _positive_float(value: str) -> float:
    number = float(value)
    if number <= 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return number


def _print_json(value) -> None:
    print(json.dumps(value, indent=2, default=str))


class _MaskingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return mask_phones_in(super().format(record))


def _configure_logging(verbosity: int) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_MaskingFormatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbosity > 1 else logging.INFO if verbosity else logging.WARNING)


def main(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None) -> int:
    env = os.environ if env is None else env
    args = build_parser(env).parse_args(argv)
    _configure_logging(args.verbose)
    try:
        return args.run(args, env)
    except CliError as error:
        print(f"error: {mask_phones_in(str(error))}", file=sys.stderr)
        return error.exit_status
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return UsageError.exit_status
    except KeyboardInterrupt:
        print("interrupted: whatever was not acknowledged is still where it was", file=sys.stderr)
        return 130
