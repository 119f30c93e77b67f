# Two alerts: something reached the dead-letter topic (an event that was not
# applied), and the main subscription is falling behind.

resource "google_monitoring_alert_policy" "dead_letter_not_empty" {
  project               = var.project_id
  display_name          = "${var.name_prefix}: dead-lettered opt-out events"
  combiner              = "OR"
  severity              = "ERROR"
  notification_channels = var.notification_channels

  conditions {
    display_name = "${google_pubsub_subscription.dead_letter_pull.name} holds undelivered messages"

    condition_threshold {
      filter          = "resource.type = \"pubsub_subscription\" AND resource.labels.subscription_id = \"${google_pubsub_subscription.dead_letter_pull.name}\" AND metric.type = \"pubsub.googleapis.com/subscription/num_undelivered_messages\""
      comparison      = "COMPARISON_GT"
      threshold_value = 0
      duration        = "0s"

      aggregations {
        alignment_period   = "300s"
        per_series_aligner = "ALIGN_MAX"
      }
    }
  }

  documentation {
    mime_type = "text/markdown"
    content   = "An opt-out/opt-in event could not be applied to Customer.io and was dead-lettered. Read it (the `reason` attribute says why) with `gcloud pubsub subscriptions pull ${google_pubsub_subscription.dead_letter_pull.name} --project ${var.project_id} --limit 10 --auto-ack=false`, fix the cause, then acknowledge it."
  }

  depends_on = [google_project_service.enabled]
}

resource "google_monitoring_alert_policy" "backlog_too_old" {
  project               = var.project_id
  display_name          = "${var.name_prefix}: opt-out events waiting too long"
  combiner              = "OR"
  severity              = "WARNING"
  notification_channels = var.notification_channels

  conditions {
    display_name = "${google_pubsub_subscription.process_push.name} oldest unacked message older than ${var.oldest_unacked_alert_threshold_s}s"

    condition_threshold {
      filter          = "resource.type = \"pubsub_subscription\" AND resource.labels.subscription_id = \"${google_pubsub_subscription.process_push.name}\" AND metric.type = \"pubsub.googleapis.com/subscription/oldest_unacked_message_age\""
      comparison      = "COMPARISON_GT"
      threshold_value = var.oldest_unacked_alert_threshold_s
      duration        = "300s"

      aggregations {
        alignment_period   = "60s"
        per_series_aligner = "ALIGN_MAX"
      }
    }
  }

  documentation {
    mime_type = "text/markdown"
    content   = "Events are not being applied to Customer.io fast enough or keep failing (Customer.io outage, rate limiting, rejected keys). Check the logs of the `${google_cloudfunctions2_function.process.name}` function."
  }

  depends_on = [google_project_service.enabled]
}

# ingest refusing Twilio: a rotated auth token, a secret with a stray newline, a
# proxy rewriting Host or a SharedKey signing rule turns every webhook into a 403
# and every opt-out is lost at Twilio's door. 5xx means events could not be
# queued. Both are counted from Cloud Run's request logs of the ingest service.
locals {
  ingest_request_log_filter = join(" AND ", [
    "resource.type = \"cloud_run_revision\"",
    "resource.labels.service_name = \"${google_cloudfunctions2_function.ingest.name}\"",
    "log_name = \"projects/${var.project_id}/logs/run.googleapis.com%2Frequests\"",
  ])
  ingest_refusals = {
    forbidden = {
      status_filter = "httpRequest.status = 403"
      description   = "ingest requests answered 403 (missing or invalid Twilio signature)"
      threshold     = var.ingest_403_alert_threshold
    }
    server_error = {
      status_filter = "httpRequest.status >= 500"
      description   = "ingest requests answered 5xx (the event could not be queued, or a crash)"
      threshold     = var.ingest_5xx_alert_threshold
    }
  }
}

resource "google_logging_metric" "ingest_refusals" {
  for_each = local.ingest_refusals

  project     = var.project_id
  name        = "${var.name_prefix}-ingest-${replace(each.key, "_", "-")}"
  description = each.value.description
  filter      = "${local.ingest_request_log_filter} AND ${each.value.status_filter}"

  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
    unit        = "1"
  }

  depends_on = [google_project_service.enabled]
}

resource "google_monitoring_alert_policy" "ingest_refusals" {
  project               = var.project_id
  display_name          = "${var.name_prefix}: ingest refusing webhooks"
  combiner              = "OR"
  severity              = "ERROR"
  notification_channels = var.notification_channels

  dynamic "conditions" {
    for_each = local.ingest_refusals
    content {
      display_name = "more than ${conditions.value.threshold} ${conditions.value.description} in ${var.ingest_alert_window_s}s"

      condition_threshold {
        filter          = "resource.type = \"cloud_run_revision\" AND metric.type = \"logging.googleapis.com/user/${google_logging_metric.ingest_refusals[conditions.key].name}\""
        comparison      = "COMPARISON_GT"
        threshold_value = conditions.value.threshold
        duration        = "0s"

        aggregations {
          alignment_period     = "${var.ingest_alert_window_s}s"
          per_series_aligner   = "ALIGN_SUM"
          cross_series_reducer = "REDUCE_SUM"
        }
      }
    }
  }

  documentation {
    mime_type = "text/markdown"
    content   = "ingest (`${google_cloudfunctions2_function.ingest.name}`) is refusing webhooks, so opt-outs may be lost. Read its WARNING lines `rejected a request without a valid Twilio signature`: the `cause` field names why (no signature header, signature does not match any candidate URL, SharedKey not configured, unsupported algorithm) and `signed_url_candidates`/`host`/`forwarded_proto` show the URL checked. See the README section \"When the ingest alert fires\"."
  }

  depends_on = [google_project_service.enabled]
}
