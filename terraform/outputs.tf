output "webhook_url" {
  description = "Paste into Twilio: Phone Number > Messaging > \"A message comes in\" > Webhook, HTTP POST."
  value       = coalesce(var.webhook_url, google_cloudfunctions2_function.ingest.service_config[0].uri)
}

output "ingest_function" {
  description = "Full name of the ingest function."
  value       = google_cloudfunctions2_function.ingest.id
}

output "process_function" {
  description = "Full name of the process function."
  value       = google_cloudfunctions2_function.process.id
}

output "topic" {
  description = "Topic ingest publishes events to (projects/P/topics/T)."
  value       = google_pubsub_topic.events.id
}

output "dead_letter_topic" {
  description = "Topic that receives events which could not be applied (projects/P/topics/T)."
  value       = google_pubsub_topic.dead_letter.id
}

output "push_subscription" {
  description = "Name of the subscription that delivers events to process."
  value       = google_pubsub_subscription.process_push.name
}

output "dead_letter_subscription" {
  description = "Name of the pull subscription that keeps dead-lettered events for 7 days."
  value       = google_pubsub_subscription.dead_letter_pull.name
}

output "dead_letter_pull_command" {
  description = "Command that shows dead-lettered events without acknowledging them."
  value       = "gcloud pubsub subscriptions pull ${google_pubsub_subscription.dead_letter_pull.name} --project ${var.project_id} --limit 10 --auto-ack=false"
}

output "secret_ids" {
  description = "Secret Manager secret IDs, by the environment variable they feed. Add each value with: gcloud secrets versions add ID --data-file=-"
  value       = { for k, s in google_secret_manager_secret.credentials : k => s.secret_id }
}

output "service_accounts" {
  description = "Service account emails, by job."
  value = {
    ingest  = google_service_account.ingest.email
    process = google_service_account.process.email
    invoker = google_service_account.invoker.email
    build   = google_service_account.build.email
  }
}

output "source_object" {
  description = "gs:// path of the source archive the functions were built from."
  value       = "gs://${google_storage_bucket.source.name}/${google_storage_bucket_object.source.name}"
}
