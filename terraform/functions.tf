# The two 2nd-gen functions, both built from the same archive (main.py at the
# repository root exposes both entry points).
locals {
  # Always set. Topic variables are full paths: projects/P/topics/T.
  ingest_env = {
    PUBSUB_TOPIC     = google_pubsub_topic.events.id
    OPT_OUT_KEYWORDS = join(",", var.opt_out_keywords)
    OPT_IN_KEYWORDS  = join(",", var.opt_in_keywords)
    KEYWORD_MATCH    = var.keyword_match
  }
  # Set only when given; unset means the code's default (see variables.tf).
  ingest_env_overrides = {
    WEBHOOK_URL                      = var.webhook_url
    TWILIO_WEBHOOK_SHARED_KEY_SECRET = var.twilio_webhook_shared_key_secret
    OPT_OUT_REPLY                    = var.opt_out_reply
  }

  process_env = {
    CUSTOMERIO_SITE_ID        = var.customerio_site_id
    DEAD_LETTER_TOPIC         = google_pubsub_topic.dead_letter.id
    PHONE_ATTRIBUTE           = var.phone_attribute
    UNSUBSCRIBE_ATTRIBUTE     = var.unsubscribe_attribute
    CUSTOMERIO_RETRY_BUDGET_S = tostring(var.customerio_retry_budget_s)
    # The App API limit is per workspace: each instance keeps to its share.
    CUSTOMERIO_APP_RPS = tostring(var.customerio_app_rps / var.process_max_instances)
    # functions-framework's gunicorn serves this many requests at once (default 4 per CPU).
    THREADS = tostring(var.process_concurrency)
  }
  process_env_overrides = {
    CUSTOMERIO_REGION    = var.customerio_region
    CUSTOMERIO_TRACK_URL = var.customerio_track_url
    CUSTOMERIO_APP_URL   = var.customerio_app_url
  }
}

resource "google_cloudfunctions2_function" "ingest" {
  # checkov:skip=CKV_GCP_124: Twilio calls this webhook from the internet, so ingress must allow all traffic; the X-Twilio-Signature check guards it
  project     = var.project_id
  location    = var.region
  name        = "${var.name_prefix}-ingest"
  description = "Twilio inbound-SMS webhook: checks the signature and publishes opt-out/opt-in events."

  build_config {
    runtime           = "python311" # the Python the tests run on (Makefile, .ci/run)
    entry_point       = "ingest"
    service_account   = google_service_account.build.id
    docker_repository = google_artifact_registry_repository.functions.id

    source {
      storage_source {
        bucket = google_storage_bucket.source.name
        object = google_storage_bucket_object.source.name
      }
    }
  }

  service_config {
    service_account_email          = google_service_account.ingest.email
    ingress_settings               = "ALLOW_ALL" # Twilio calls it from the internet
    all_traffic_on_latest_revision = true
    available_memory               = "${var.ingest_memory_mib}Mi"
    timeout_seconds                = var.ingest_timeout_s
    min_instance_count             = 0
    max_instance_count             = var.ingest_max_instances

    environment_variables = merge(local.ingest_env, { for k, v in local.ingest_env_overrides : k => v if v != null })

    secret_environment_variables {
      key        = "TWILIO_AUTH_TOKEN"
      project_id = var.project_id
      secret     = google_secret_manager_secret.credentials["TWILIO_AUTH_TOKEN"].secret_id
      version    = "latest"
    }
  }

  # The runtime account must be able to read its secret when the revision
  # starts, and the build account must have its roles before the build runs.
  depends_on = [
    google_secret_manager_secret_iam_member.accessor,
    google_project_iam_member.build_log_writer,
    google_artifact_registry_repository_iam_member.build_writer,
    google_storage_bucket_iam_member.build_source_reader,
  ]
}

resource "google_cloudfunctions2_function" "process" {
  project     = var.project_id
  location    = var.region
  name        = "${var.name_prefix}-process"
  description = "Applies opt-out/opt-in events to Customer.io; invoked only by the ${var.name_prefix}-process-push subscription."

  build_config {
    runtime           = "python311" # the Python the tests run on (Makefile, .ci/run)
    entry_point       = "process"
    service_account   = google_service_account.build.id
    docker_repository = google_artifact_registry_repository.functions.id

    source {
      storage_source {
        bucket = google_storage_bucket.source.name
        object = google_storage_bucket_object.source.name
      }
    }
  }

  # No event_trigger: an Eventarc trigger creates its own subscription, on
  # which no dead-letter policy can be set. The push subscription in pubsub.tf
  # delivers instead, and functions-framework turns its push request into the
  # CloudEvent that the `process` entry point expects.
  service_config {
    service_account_email = google_service_account.process.email
    # Internal ingress still admits Pub/Sub push from the same project; on top
    # of that only the invoker service account may call it (iam.tf).
    ingress_settings               = "ALLOW_INTERNAL_ONLY"
    all_traffic_on_latest_revision = true
    available_memory               = "${var.process_memory_mib}Mi"
    available_cpu                  = tostring(var.process_cpu)
    timeout_seconds                = var.process_timeout_s
    min_instance_count             = 0
    max_instance_count             = var.process_max_instances
    # Many deliveries per instance, gathered into batched lookups; the rate
    # limit per instance (CUSTOMERIO_APP_RPS), not the instance count, bounds
    # the load on Customer.io.
    max_instance_request_concurrency = var.process_concurrency

    environment_variables = merge(local.process_env, { for k, v in local.process_env_overrides : k => v if v != null })

    secret_environment_variables {
      key        = "CUSTOMERIO_TRACK_API_KEY"
      project_id = var.project_id
      secret     = google_secret_manager_secret.credentials["CUSTOMERIO_TRACK_API_KEY"].secret_id
      version    = "latest"
    }

    secret_environment_variables {
      key        = "CUSTOMERIO_APP_API_KEY"
      project_id = var.project_id
      secret     = google_secret_manager_secret.credentials["CUSTOMERIO_APP_API_KEY"].secret_id
      version    = "latest"
    }
  }

  lifecycle {
    precondition {
      condition     = var.customerio_site_id != null && trimspace(coalesce(var.customerio_site_id, " ")) != ""
      error_message = "Set customerio_site_id (Customer.io > Settings > API Credentials), e.g. -var customerio_site_id=... or in terraform.tfvars: without it every event would be dead-lettered."
    }
    precondition {
      condition     = var.process_timeout_s >= var.customerio_retry_budget_s + 30
      error_message = "process_timeout_s must be at least customerio_retry_budget_s + 30, so that a delivery that runs out of retries fails cleanly instead of being killed."
    }

  }

  depends_on = [
    google_secret_manager_secret_iam_member.accessor,
    google_project_iam_member.build_log_writer,
    google_artifact_registry_repository_iam_member.build_writer,
    google_storage_bucket_iam_member.build_source_reader,
  ]
}
