"""The Terraform configuration in terraform/ agrees with the code it deploys.

Parses terraform/*.tf with python-hcl2 (no Terraform, no network) and checks
the deployment against what the code reads: the environment tuples in
ingest.config / processor.config, the entry points in main.py, the keyword
defaults in ingest.keywords.
"""

from __future__ import annotations

import ast
import os
import re
import sys
from pathlib import Path
from typing import Any

import hcl2
import pytest

from ingest import config as ingest_config
from ingest import keywords
from processor import config as processor_config
from processor import customerio

ROOT = Path(__file__).resolve().parent.parent
TERRAFORM = ROOT / "terraform"

# Terraform resource name of each function -> (the config module of the code it
# runs, the functions_framework decorator its entry point must carry).
FUNCTIONS = {
    "ingest": (ingest_config, "http"),
    "process": (processor_config, "cloud_event"),
}
# Read by functions-framework itself rather than by our code.
FRAMEWORK_ENV = {"THREADS"}


# --------------------------------------------------------------------------
# Reading the configuration
# --------------------------------------------------------------------------


def _unquote(value: Any) -> Any:
    """python-hcl2 keeps the quotes of string literals and labels: strip them (in lists too)."""
    if isinstance(value, list):
        return [_unquote(v) for v in value]
    if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value


def _expression(value: Any) -> str | None:
    """The expression inside a bare ``${...}`` value, else None."""
    if isinstance(value, str) and value.startswith("${") and value.endswith("}"):
        return value[2:-1]
    return None


def _load() -> dict[str, Any]:
    resources: dict[tuple[str, str], dict] = {}
    variables: dict[str, dict] = {}
    local_values: dict[str, Any] = {}
    for path in sorted(TERRAFORM.glob("*.tf")):
        with path.open() as f:
            doc = hcl2.load(f)
        for block in doc.get("resource", []):
            for rtype, named in block.items():
                for name, body in named.items():
                    resources[_unquote(rtype), _unquote(name)] = body
        for block in doc.get("variable", []):
            for name, body in block.items():
                variables[_unquote(name)] = body
        for block in doc.get("locals", []):
            local_values.update({k: v for k, v in block.items() if not k.startswith("__")})
    return {"resources": resources, "variables": variables, "locals": local_values}


CONFIG = _load()


def resource(rtype: str, name: str) -> dict:
    try:
        return CONFIG["resources"][rtype, name]
    except KeyError:
        pytest.fail(f"terraform/ declares no {rtype}.{name}")


def block(body: dict, name: str) -> dict:
    """The single nested block ``name`` of a resource body."""
    blocks = body.get(name) or pytest.fail(f"missing block {name}")
    assert len(blocks) == 1, f"expected one {name} block"
    return blocks[0]


def default(variable: str) -> Any:
    body = CONFIG["variables"].get(variable) or pytest.fail(f"no variable {variable!r}")
    return _unquote(body.get("default"))


def value(raw: Any) -> Any:
    """A literal, or the default of the variable a bare ``var.x`` refers to."""
    expr = _expression(raw)
    if expr is None:
        return _unquote(raw)
    match = re.fullmatch(r"var\.(\w+)", expr)
    assert match, f"cannot evaluate {raw!r} offline"
    return default(match.group(1))


def function(name: str) -> dict:
    return resource("google_cloudfunctions2_function", name)


def _environment_maps(name: str) -> list[tuple[dict, bool]]:
    """The maps a function's environment_variables is built from, each with
    whether it is filtered (only entries whose value is not null are set)."""
    env = block(function(name), "service_config").get("environment_variables", {})
    if isinstance(env, dict):
        return [({k: v for k, v in env.items() if not k.startswith("__")}, False)]
    expr = _expression(env) or pytest.fail(f"unexpected environment_variables {env!r}")
    maps = []
    for local_name in re.findall(r"\blocal\.(\w+)", expr):
        entries = CONFIG["locals"].get(local_name)
        assert isinstance(entries, dict), f"local.{local_name} is not a map literal"
        filtered = re.search(rf"\bfor\s+\w+\s*,\s*\w+\s+in\s+local\.{local_name}\b[^}}]*\bif\b", expr)
        maps.append((entries, bool(filtered)))
    return maps


def environment(name: str) -> tuple[set[str], set[str]]:
    """(variables always set, variables set only when their Terraform value is given)."""
    always = {k for entries, filtered in _environment_maps(name) if not filtered for k in entries}
    when_given = {k for entries, filtered in _environment_maps(name) if filtered for k in entries}
    return always, when_given - always


def secret_environment(name: str) -> dict[str, dict]:
    """Secret environment variables of a function, by key."""
    entries = block(function(name), "service_config").get("secret_environment_variables", [])
    return {_unquote(e["key"]): e for e in entries}


def main_entry_points() -> dict[str, str]:
    """Top-level functions of main.py decorated with functions_framework.<kind>, name -> kind."""
    main = ROOT / "main.py"
    assert main.exists(), "main.py (the functions' source) is missing at the repository root"
    found = {}
    for node in ast.parse(main.read_text()).body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for decorator in node.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            if (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == "functions_framework"
            ):
                found[node.name] = target.attr
    return found


# --------------------------------------------------------------------------
# Functions: runtime, entry points, environment, secrets
# --------------------------------------------------------------------------


@pytest.mark.parametrize("name", FUNCTIONS)
def test_function_runtime_is_the_python_the_tests_run_on(name):
    tested = f"python{sys.version_info.major}{sys.version_info.minor}"
    assert _unquote(block(function(name), "build_config")["runtime"]) == tested == "python311"


@pytest.mark.parametrize("name", FUNCTIONS)
def test_entry_point_is_a_main_py_function_of_the_right_kind(name):
    entry_point = _unquote(block(function(name), "build_config")["entry_point"])
    _, kind = FUNCTIONS[name]
    assert entry_point == name
    assert main_entry_points().get(entry_point) == kind, (
        f"main.py must define {entry_point}() decorated with @functions_framework.{kind}"
    )


@pytest.mark.parametrize("name", FUNCTIONS)
def test_every_required_variable_is_always_set(name):
    module, _ = FUNCTIONS[name]
    always, _ = environment(name)
    missing = set(module.REQUIRED_ENV) - always
    assert not missing, f"{name} reads {sorted(missing)} but Terraform does not always set them"


@pytest.mark.parametrize("name", FUNCTIONS)
def test_every_required_secret_reaches_the_function(name):
    module, _ = FUNCTIONS[name]
    always, _ = environment(name)
    given = set(secret_environment(name)) | {k.removesuffix("_SECRET") for k in always if k.endswith("_SECRET")}
    missing = set(module.REQUIRED_SECRETS) - given
    assert not missing, f"{name} needs {sorted(missing)} as secret env vars or <NAME>_SECRET"


@pytest.mark.parametrize("name", FUNCTIONS)
def test_function_gets_only_variables_its_code_reads(name):
    module, _ = FUNCTIONS[name]
    always, when_given = environment(name)
    secrets = set(module.REQUIRED_SECRETS) | set(getattr(module, "OPTIONAL_SECRETS", ()))
    readable = (set(module.REQUIRED_ENV) | set(module.OPTIONAL_ENV) | FRAMEWORK_ENV
                | {f"{s}_SECRET" for s in secrets})
    unknown = (always | when_given) - readable
    assert not unknown, f"{name} is given {sorted(unknown)}, which its code never reads"
    assert not set(secret_environment(name)) - secrets


def test_no_function_gets_the_other_functions_secrets():
    ingest_secrets = set(secret_environment("ingest"))
    process_secrets = set(secret_environment("process"))
    assert not ingest_secrets & set(processor_config.REQUIRED_SECRETS)
    assert not process_secrets & set(ingest_config.REQUIRED_SECRETS)


@pytest.mark.parametrize("name", FUNCTIONS)
def test_secret_env_vars_read_the_latest_version_of_their_own_secret(name):
    for key, entry in secret_environment(name).items():
        assert _unquote(entry["version"]) == "latest"
        assert _expression(entry["secret"]) == f'google_secret_manager_secret.credentials["{key}"].secret_id'


def test_only_the_function_reading_a_secret_may_access_it():
    secrets = CONFIG["locals"]["secrets"]
    readers = {key: name for name in FUNCTIONS for key in secret_environment(name)}
    assert {key: _unquote(s["function"]) for key, s in secrets.items()} == readers

    accessor = resource("google_secret_manager_secret_iam_member", "accessor")
    assert _expression(accessor["for_each"]) == "local.secrets"
    assert _unquote(accessor["role"]) == "roles/secretmanager.secretAccessor"
    assert _expression(accessor["member"]) == "local.function_service_accounts[each.value.function]"
    for name in FUNCTIONS:
        runtime_account = _expression(block(function(name), "service_config")["service_account_email"])
        assert runtime_account == f"google_service_account.{name}.email"
        assert CONFIG["locals"]["function_service_accounts"][name] == f"${{google_service_account.{name}.member}}"


def test_secrets_have_no_versions_in_terraform():
    types = {rtype for rtype, _ in CONFIG["resources"]}
    assert "google_secret_manager_secret_version" not in types


# --------------------------------------------------------------------------
# Topics, push subscription, dead-lettering
# --------------------------------------------------------------------------


def push_subscription() -> dict:
    subscriptions = [
        body for (rtype, _), body in CONFIG["resources"].items() if rtype == "google_pubsub_subscription" and "push_config" in body
    ]
    assert len(subscriptions) == 1, "expected exactly one push subscription"
    return subscriptions[0]


def env_value(function_name: str, variable: str) -> str:
    """The expression an always-set environment variable of a function is given."""
    for entries, filtered in _environment_maps(function_name):
        if not filtered and variable in entries:
            return entries[variable]
    pytest.fail(f"{function_name} does not always set {variable}")


def test_ingest_publishes_to_the_topic_the_push_subscription_reads():
    assert env_value("ingest", "PUBSUB_TOPIC") == push_subscription()["topic"]


def test_process_dead_letters_to_the_topic_of_the_subscription_dead_letter_policy():
    policy = block(push_subscription(), "dead_letter_policy")
    assert env_value("process", "DEAD_LETTER_TOPIC") == policy["dead_letter_topic"]
    assert _expression(policy["dead_letter_topic"]).endswith(".id"), "the code wants projects/P/topics/T"


def test_push_subscription_delivers_to_process_with_an_oidc_token():
    push = block(push_subscription(), "push_config")
    assert "google_cloudfunctions2_function.process." in push["push_endpoint"]
    assert "service_account_email" in block(push, "oidc_token")
    assert not function("process").get("event_trigger"), "process must be invoked by the push subscription only"


def test_push_subscription_keeps_messages_in_order():
    assert push_subscription().get("enable_message_ordering") is True


def test_push_ack_deadline_covers_the_process_timeout():
    ack_deadline_s = value(push_subscription()["ack_deadline_seconds"])
    timeout_s = value(block(function("process"), "service_config")["timeout_seconds"])
    assert timeout_s <= ack_deadline_s <= 600


def test_process_timeout_leaves_room_after_the_retry_budget():
    always, _ = environment("process")
    assert "CUSTOMERIO_RETRY_BUDGET_S" in always
    timeout_s = value(block(function("process"), "service_config")["timeout_seconds"])
    assert timeout_s > default("customerio_retry_budget_s")


def _service(name: str) -> dict:
    return block(function(name), "service_config")


def test_process_serves_many_deliveries_at_once_with_as_many_framework_threads():
    concurrency = _expression(_service("process")["max_instance_request_concurrency"])
    assert concurrency == "var.process_concurrency"
    assert default("process_concurrency") >= 50, "batched lookups need many deliveries in one instance"
    assert _expression(env_value("process", "THREADS")) == "tostring(var.process_concurrency)"


def test_process_has_at_least_one_vcpu_as_cloud_run_requires_for_concurrency():
    assert _expression(_service("process")["available_cpu"]) == "tostring(var.process_cpu)"
    assert default("process_cpu") >= 1


def test_each_process_instance_takes_its_share_of_the_workspace_app_api_limit():
    expr = _expression(env_value("process", "CUSTOMERIO_APP_RPS"))
    assert expr == "tostring(var.customerio_app_rps / var.process_max_instances)"
    assert default("customerio_app_rps") == processor_config.DEFAULT_APP_RPS  # Customer.io's ~10 per second
    assert 1 <= default("process_max_instances") <= 5, "the App API limit is per workspace: few instances"
    assert default("customerio_app_rps") / default("process_max_instances") >= 1


def test_a_delivery_that_waits_for_its_batch_and_spends_the_retry_budget_is_answered_before_the_ack_deadline():
    # The budget runs from the oldest delivery of a batch (waiting counts), and the
    # last request in flight may take one more request timeout.
    request_timeout_s = sum(customerio.TIMEOUT_S)
    budget_s = default("customerio_retry_budget_s")
    timeout_s = value(_service("process")["timeout_seconds"])
    ack_deadline_s = value(push_subscription()["ack_deadline_seconds"])
    assert budget_s + request_timeout_s < timeout_s <= ack_deadline_s


def test_max_delivery_attempts_default_is_within_pubsub_limits():
    attempts = value(block(push_subscription(), "dead_letter_policy")["max_delivery_attempts"])
    assert 5 <= attempts <= 100


def test_dead_letter_subscription_keeps_messages_seven_days_and_never_expires():
    pulls = [
        body
        for (rtype, _), body in CONFIG["resources"].items()
        if rtype == "google_pubsub_subscription" and body["topic"] == block(push_subscription(), "dead_letter_policy")["dead_letter_topic"]
    ]
    assert len(pulls) == 1 and "push_config" not in pulls[0]
    retention = pulls[0]["message_retention_duration"]
    if _expression(retention):
        retention = CONFIG["locals"][_expression(retention).removeprefix("local.")]
    assert _unquote(retention) == "604800s"
    assert _unquote(block(pulls[0], "expiration_policy")["ttl"]) == ""


# --------------------------------------------------------------------------
# Variables
# --------------------------------------------------------------------------


def test_only_project_id_is_required():
    required = [name for name, body in CONFIG["variables"].items() if "default" not in body]
    assert required == ["project_id"]


def test_every_variable_is_typed_and_described():
    for name, body in CONFIG["variables"].items():
        assert body.get("type"), f"variable {name} has no type"
        assert _unquote(body.get("description")), f"variable {name} has no description"


def test_keyword_defaults_are_the_codes_defaults():
    assert tuple(default("opt_out_keywords")) == keywords.DEFAULT_OPT_OUT
    assert tuple(default("opt_in_keywords")) == keywords.DEFAULT_OPT_IN
    assert default("keyword_match") == keywords.MatchMode.EXACT.value


def test_only_ingest_is_public_and_only_the_push_identity_may_invoke_process():
    bindings = [
        body
        for (rtype, _), body in CONFIG["resources"].items()
        if rtype.endswith("_iam_member") and _unquote(body.get("role")) in ("roles/run.invoker", "roles/cloudfunctions.invoker")
    ]
    public = [b for b in bindings if _unquote(b["member"]) in ("allUsers", "allAuthenticatedUsers")]
    assert [_expression(b["name"]) for b in public] == ["google_cloudfunctions2_function.ingest.service_config[0].service"]

    process_invokers = [b for b in bindings if "google_cloudfunctions2_function.process." in str(b.get("name"))]
    push_identity = _expression(block(block(push_subscription(), "push_config"), "oidc_token")["service_account_email"])
    assert [_expression(b["member"]) for b in process_invokers] == [push_identity.removesuffix(".email") + ".member"]


# --------------------------------------------------------------------------
# Source archive
# --------------------------------------------------------------------------


def _glob(pattern: str) -> re.Pattern:
    """A doublestar glob (as the archive provider's excludes use) as a regex."""
    out = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out + r"\Z")


def archived_files() -> set[str]:
    """The repository files the source archive holds: a walk of the root that
    skips excluded directories and files, like archive_file's source_dir."""
    patterns = [_glob(_unquote(p)) for p in CONFIG["locals"]["source_excludes"]]

    def excluded(rel: str) -> bool:
        return any(p.match(rel) for p in patterns)

    files = set()
    for directory, subdirs, names in os.walk(ROOT):
        rel_dir = Path(directory).relative_to(ROOT)
        subdirs[:] = [d for d in subdirs if not excluded((rel_dir / d).as_posix())]
        files |= {(rel_dir / n).as_posix() for n in names if not excluded((rel_dir / n).as_posix())}
    return files


def test_source_archive_holds_main_py_requirements_and_every_local_package_main_imports():
    files = archived_files()
    assert {"main.py", "requirements.txt"} <= files
    imported = set()
    for node in ast.walk(ast.parse((ROOT / "main.py").read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
    local_packages = {name for name in imported if (ROOT / name / "__init__.py").exists()}
    assert local_packages, "main.py imports none of the repository's packages?"
    for package in local_packages:
        assert f"{package}/__init__.py" in files, f"{package}/ is missing from the archive"


def test_source_archive_leaves_out_tests_infrastructure_and_tooling():
    top_level = {path.split("/")[0] for path in archived_files()}
    for left_out in ("tests", "terraform", "local_stack", "benchmarks", "optout", ".ci", ".git", ".venv", "README.md"):
        assert left_out not in top_level
    assert not [name for name in top_level if name.startswith(".")]
    assert not [name for name in top_level if name.startswith("requirements") and name != "requirements.txt"]


# --------------------------------------------------------------------------
# Alerts on ingest refusing webhooks
# --------------------------------------------------------------------------


def test_ingest_403s_and_5xx_are_counted_by_log_metrics_on_the_ingest_service():
    refusals = CONFIG["locals"]["ingest_refusals"]
    assert {k: _unquote(v["status_filter"]) for k, v in refusals.items()} == {
        "forbidden": "httpRequest.status = 403", "server_error": "httpRequest.status >= 500"}
    metric = resource("google_logging_metric", "ingest_refusals")
    assert _expression(metric["for_each"]) == "local.ingest_refusals"
    log_filter = _unquote(CONFIG["locals"]["ingest_request_log_filter"])
    assert "google_cloudfunctions2_function.ingest.name" in str(log_filter)
    assert "run.googleapis.com%2Frequests" in str(log_filter)


def test_one_alert_policy_watches_both_ingest_metrics_against_validated_thresholds():
    policy = resource("google_monitoring_alert_policy", "ingest_refusals")
    text = str(policy)
    assert "google_logging_metric.ingest_refusals" in text and "conditions.value.threshold" in text
    assert "var.notification_channels" in text
    for name in ("ingest_403_alert_threshold", "ingest_5xx_alert_threshold", "ingest_alert_window_s"):
        assert CONFIG["variables"][name].get("validation"), f"{name} has no validation"
    assert default("ingest_5xx_alert_threshold") == 0


def test_shared_key_secret_is_optional_validated_and_readable_only_by_ingest():
    assert default("twilio_webhook_shared_key_secret") is None
    assert CONFIG["variables"]["twilio_webhook_shared_key_secret"].get("validation")
    assert "TWILIO_WEBHOOK_SHARED_KEY_SECRET" in CONFIG["locals"]["ingest_env_overrides"]
    accessor = resource("google_secret_manager_secret_iam_member", "shared_key_accessor")
    assert _unquote(accessor["role"]) == "roles/secretmanager.secretAccessor"
    assert _expression(accessor["member"]) == 'local.function_service_accounts["ingest"]'
