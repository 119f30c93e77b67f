# Events flow: ingest -> events topic -> process-push subscription -> process.
# Messages that keep failing are moved by Pub/Sub, and events that can never
# succeed are published by process itself, to the dead-letter topic, where the
# dead-letter-pull subscription keeps them for an operator.
locals {
  # Seven days, the longest a subscription keeps unacknowledged messages.
  retention_duration = "604800s"
}

resource "google_pubsub_topic" "events" {
  # checkov:skip=CKV_GCP_83: messages carry a phone number and a keyword, retained at most 7 days; Google-managed encryption at rest is used rather than a customer-managed key this module would have to create and rotate
  project = var.project_id
  name    = "${var.name_prefix}-events"

  depends_on = [google_project_service.enabled]
}

resource "google_pubsub_topic" "dead_letter" {
  # checkov:skip=CKV_GCP_83: same data as the events topic; Google-managed encryption at rest is used
  project = var.project_id
  name    = "${var.name_prefix}-dead-letter"

  depends_on = [google_project_service.enabled]
}

# Delivers every event to process. Owned by this module (rather than created by
# a function event trigger) so that it can carry a dead-letter policy.
resource "google_pubsub_subscription" "process_push" {
  project = var.project_id
  name    = "${var.name_prefix}-process-push"
  topic   = google_pubsub_topic.events.id

  # Events for one phone number are published with the number as ordering key
  # and must be applied in that order.
  enable_message_ordering = true

  # How long Pub/Sub waits for process to answer one push.
  ack_deadline_seconds       = var.push_ack_deadline_s
  message_retention_duration = local.retention_duration

  expiration_policy {
    ttl = "" # never expires, however quiet the number is
  }

  retry_policy {
    minimum_backoff = "${var.retry_min_backoff_s}s"
    maximum_backoff = "${var.retry_max_backoff_s}s"
  }

  dead_letter_policy {
    dead_letter_topic     = google_pubsub_topic.dead_letter.id
    max_delivery_attempts = var.max_delivery_attempts
  }

  push_config {
    push_endpoint = google_cloudfunctions2_function.process.service_config[0].uri

    oidc_token {
      service_account_email = google_service_account.invoker.email
      audience              = google_cloudfunctions2_function.process.service_config[0].uri
    }
  }

  lifecycle {
    precondition {
      condition     = var.push_ack_deadline_s >= var.process_timeout_s
      error_message = "push_ack_deadline_s must be at least process_timeout_s, or Pub/Sub redelivers events that process is still working on."
    }
    precondition {
      condition     = var.retry_max_backoff_s >= var.retry_min_backoff_s
      error_message = "retry_max_backoff_s must be at least retry_min_backoff_s."
    }
  }

  # Dead-lettering and OIDC push work only once the Pub/Sub service agent holds
  # its roles.
  depends_on = [
    google_pubsub_topic_iam_member.pubsub_agent_dead_letter_publisher,
    google_service_account_iam_member.pubsub_agent_token_creator,
    google_cloud_run_v2_service_iam_member.process_invoker,
  ]
}

# Where dead-lettered events wait for an operator: never expires, keeps
# messages for seven days. Read it with `gcloud pubsub subscriptions pull`.
resource "google_pubsub_subscription" "dead_letter_pull" {
  project = var.project_id
  name    = "${var.name_prefix}-dead-letter-pull"
  topic   = google_pubsub_topic.dead_letter.id

  ack_deadline_seconds       = 60
  message_retention_duration = local.retention_duration

  expiration_policy {
    ttl = ""
  }
}
