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
