# ---------------------------------------------------------------------------
# Where to deploy
# ---------------------------------------------------------------------------

variable "project_id" {
  description = "ID of the Google Cloud project to deploy into (billing enabled)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", var.project_id))
    error_message = "project_id must be a project ID (6-30 characters: lowercase letters, digits, hyphens), not a project name or number."
  }
}

variable "region" {
  description = "Region of the functions, the source bucket and the image repository."
  type        = string
  default     = "us-central1"

  validation {
    condition     = can(regex("^[a-z]+-[a-z]+[0-9]+$", var.region))
    error_message = "region must be a Google Cloud region such as us-central1 or europe-west1 (not a zone)."
  }
}

variable "name_prefix" {
  description = "Prefix of every resource name, so that two deployments can share a project."
  type        = string
  default     = "twilio-optout"

  validation {
    # Service account IDs are at most 30 characters and the longest suffix is "-process".
    condition     = can(regex("^[a-z][a-z0-9-]{0,18}[a-z0-9]$", var.name_prefix))
    error_message = "name_prefix must be 2-20 characters: lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen."
  }
}

variable "labels" {
  description = "Labels added to every resource that supports them."
  type        = map(string)
  default     = {}
}

# ---------------------------------------------------------------------------
# ingest (HTTP function that Twilio calls)
# ---------------------------------------------------------------------------

variable "opt_out_keywords" {
  description = "Messages that opt the sender out (OPT_OUT_KEYWORDS). Matching ignores case, surrounding whitespace and punctuation."
  type        = list(string)
  default     = ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"]

  validation {
    condition     = length(var.opt_out_keywords) > 0 && alltrue([for k in var.opt_out_keywords : can(regex("^[^,]*[^,[:space:]][^,]*$", k))])
    error_message = "opt_out_keywords must hold at least one keyword; keywords must not be blank or contain commas."
  }
}

variable "opt_in_keywords" {
  description = "Messages that opt the sender back in (OPT_IN_KEYWORDS). An empty list disables opt-in handling."
  type        = list(string)
  default     = ["START", "UNSTOP", "YES"]

  validation {
    condition     = alltrue([for k in var.opt_in_keywords : can(regex("^[^,]*[^,[:space:]][^,]*$", k))])
    error_message = "opt_in_keywords must not be blank or contain commas."
  }
}

variable "keyword_match" {
  description = "KEYWORD_MATCH: \"exact\" (the whole message is the keyword, with at most the texts it names and courtesy words), \"contains\" (the keyword appears as a word) or \"intent\" (natural-language requests, by named rules; see README)."
  type        = string
  default     = "exact"

  validation {
    condition     = contains(["exact", "contains", "intent"], var.keyword_match)
    error_message = "keyword_match must be \"exact\", \"contains\" or \"intent\"."
  }
}

variable "opt_out_reply" {
  description = "OPT_OUT_REPLY: text answered as a TwiML <Message> to an opt-out that only the intent rules recognised (no keyword, no OptOutType). Null: no reply."
  type        = string
  default     = null

  validation {
    condition     = var.opt_out_reply == null || (length(trimspace(coalesce(var.opt_out_reply, " "))) > 0 && length(coalesce(var.opt_out_reply, "")) <= 1600)
    error_message = "opt_out_reply must be null, or non-blank text of at most 1600 characters."
  }
}

variable "webhook_url" {
  description = "WEBHOOK_URL: the public URL Twilio calls, when it is not the function's own URL (a custom domain or load balancer). Null: ingest derives it from the request."
  type        = string
  default     = null

  validation {
    condition     = var.webhook_url == null || can(regex("^https://", var.webhook_url))
    error_message = "webhook_url must be an https:// URL."
  }
}

variable "twilio_webhook_shared_key_secret" {
  description = "TWILIO_WEBHOOK_SHARED_KEY_SECRET: the Secret Manager version (projects/P/secrets/S/versions/V) holding the secret of the SharedKey a Twilio Webhooks Rule signs ingest's URL with. ingest's service account is granted access to that secret. Null: only auth-token signatures verify, and SharedKey-signed webhooks get 403."
  type        = string
  default     = null

  validation {
    condition     = var.twilio_webhook_shared_key_secret == null || can(regex("^projects/[^/]+/secrets/[^/]+/versions/[^/]+$", var.twilio_webhook_shared_key_secret))
    error_message = "twilio_webhook_shared_key_secret must be projects/PROJECT/secrets/SECRET/versions/VERSION."
  }
}

variable "ingest_max_instances" {
  description = "Maximum number of ingest instances."
  type        = number
  default     = 10

  validation {
    condition     = var.ingest_max_instances >= 1 && var.ingest_max_instances <= 100 && floor(var.ingest_max_instances) == var.ingest_max_instances
    error_message = "ingest_max_instances must be a whole number from 1 to 100."
  }
}

variable "ingest_timeout_s" {
  description = "Request timeout of ingest, in seconds. Twilio itself gives up on a webhook after 15 seconds."
  type        = number
  default     = 30

  validation {
    condition     = var.ingest_timeout_s >= 1 && var.ingest_timeout_s <= 3600
    error_message = "ingest_timeout_s must be from 1 to 3600 seconds."
  }
}

variable "ingest_memory_mib" {
  description = "Memory of one ingest instance, in MiB."
  type        = number
  default     = 256

  validation {
    condition     = var.ingest_memory_mib >= 128 && var.ingest_memory_mib <= 32768
    error_message = "ingest_memory_mib must be from 128 to 32768."
  }
}

# ---------------------------------------------------------------------------
# process (updates Customer.io; invoked by the push subscription)
# ---------------------------------------------------------------------------

variable "customerio_site_id" {
  description = "CUSTOMERIO_SITE_ID: the Track API site ID (Customer.io > Settings > API Credentials). Not a secret. Must be set before the functions are deployed; the null default only lets the first, secrets-only apply run without it."
  type        = string
  default     = null
}

variable "customerio_region" {
  description = "CUSTOMERIO_REGION: \"us\" or \"eu\". Null: process asks the Track API once and caches the answer."
  type        = string
  default     = null

  validation {
    condition     = var.customerio_region == null || contains(["us", "eu"], coalesce(var.customerio_region, "us"))
    error_message = "customerio_region must be \"us\", \"eu\" or null."
  }
}

variable "customerio_track_url" {
  description = "CUSTOMERIO_TRACK_URL: base URL override of the Track API (a sandbox or proxy). Null: the region's URL."
  type        = string
  default     = null
}

variable "customerio_app_url" {
  description = "CUSTOMERIO_APP_URL: base URL override of the App API (a sandbox or proxy). Null: the region's URL."
  type        = string
  default     = null
}

variable "phone_attribute" {
  description = "PHONE_ATTRIBUTE: the Customer.io profile attribute that holds the phone number."
  type        = string
  default     = "phone"
}

variable "unsubscribe_attribute" {
  description = "UNSUBSCRIBE_ATTRIBUTE: the profile attribute set to true on opt-out and false on opt-in."
  type        = string
  default     = "sms_unsubscribe"
}

variable "customerio_retry_budget_s" {
  description = "CUSTOMERIO_RETRY_BUDGET_S: the most seconds one delivery spends retrying Customer.io before failing so that Pub/Sub redelivers. Must stay at least 30 seconds under process_timeout_s."
  type        = number
  default     = 60

  validation {
    condition     = var.customerio_retry_budget_s > 0
    error_message = "customerio_retry_budget_s must be positive."
  }
}

variable "process_timeout_s" {
  description = "Request timeout of process, in seconds: the retry budget plus room for the last request in flight. push_ack_deadline_s must cover it."
  type        = number
  default     = 120

  validation {
    condition     = var.process_timeout_s >= 1 && var.process_timeout_s <= 600
    error_message = "process_timeout_s must be from 1 to 600 seconds (a push subscription waits at most 600 seconds)."
  }
}

variable "process_max_instances" {
  description = "Maximum number of process instances. Customer.io's App API limit is per workspace and each instance takes customerio_app_rps / process_max_instances of it, so keep this small: one instance with process_concurrency 100 already drains thousands of events a minute."
  type        = number
  default     = 2

  validation {
    condition     = var.process_max_instances >= 1 && var.process_max_instances <= 100 && floor(var.process_max_instances) == var.process_max_instances
    error_message = "process_max_instances must be a whole number from 1 to 100."
  }
}

variable "process_concurrency" {
  description = "Pushes one process instance serves at once (max_instance_request_concurrency, and functions-framework's THREADS to match). Concurrent deliveries are what process gathers into batched Customer.io lookups."
  type        = number
  default     = 100

  validation {
    condition     = var.process_concurrency >= 1 && var.process_concurrency <= 1000 && floor(var.process_concurrency) == var.process_concurrency
    error_message = "process_concurrency must be a whole number from 1 to 1000 (the Cloud Run limit)."
  }
}

variable "process_cpu" {
  description = "vCPUs of one process instance (available_cpu). Cloud Run needs at least 1 for a concurrency above 1."
  type        = number
  default     = 1

  validation {
    condition     = contains([1, 2, 4, 6, 8], var.process_cpu)
    error_message = "process_cpu must be 1, 2, 4, 6 or 8."
  }
}

variable "process_memory_mib" {
  description = "Memory of one process instance, in MiB (100 threads and their batches fit in 512)."
  type        = number
  default     = 512

  validation {
    condition     = var.process_memory_mib >= 128 && var.process_memory_mib <= 32768
    error_message = "process_memory_mib must be from 128 to 32768."
  }
}

variable "customerio_app_rps" {
  description = "Customer.io's App API limit for the whole workspace, in requests per second (about 10). Each process instance gets CUSTOMERIO_APP_RPS = this / process_max_instances."
  type        = number
  default     = 10

  validation {
    condition     = var.customerio_app_rps > 0
    error_message = "customerio_app_rps must be positive."
  }
}

# ---------------------------------------------------------------------------
# Delivery: push subscription, retries, dead-lettering
# ---------------------------------------------------------------------------

variable "max_delivery_attempts" {
  description = "Deliveries of one message to process before Pub/Sub moves it to the dead-letter topic."
  type        = number
  default     = 10

  validation {
    condition     = var.max_delivery_attempts >= 5 && var.max_delivery_attempts <= 100 && floor(var.max_delivery_attempts) == var.max_delivery_attempts
    error_message = "max_delivery_attempts must be a whole number from 5 to 100 (the Pub/Sub limits)."
  }
}

variable "push_ack_deadline_s" {
  description = "Seconds Pub/Sub waits for process to answer a push before it counts the delivery as failed. Must be at least process_timeout_s."
  type        = number
  default     = 180

  validation {
    condition     = var.push_ack_deadline_s >= 10 && var.push_ack_deadline_s <= 600
    error_message = "push_ack_deadline_s must be from 10 to 600 seconds."
  }
}

variable "retry_min_backoff_s" {
  description = "Shortest wait before Pub/Sub redelivers a failed message, in seconds (exponential backoff starts here)."
  type        = number
  default     = 10

  validation {
    condition     = var.retry_min_backoff_s >= 0 && var.retry_min_backoff_s <= 600
    error_message = "retry_min_backoff_s must be from 0 to 600 seconds."
  }
}

variable "retry_max_backoff_s" {
  description = "Longest wait before Pub/Sub redelivers a failed message, in seconds."
  type        = number
  default     = 600

  validation {
    condition     = var.retry_max_backoff_s >= 0 && var.retry_max_backoff_s <= 600
    error_message = "retry_max_backoff_s must be from 0 to 600 seconds."
  }
}

# ---------------------------------------------------------------------------
# Monitoring
# ---------------------------------------------------------------------------

variable "notification_channels" {
  description = "Monitoring notification channels (projects/P/notificationChannels/ID) the alerts go to. Empty: alerts only show in the console."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for c in var.notification_channels : can(regex("^projects/[^/]+/notificationChannels/[^/]+$", c))])
    error_message = "notification_channels must be full names: projects/PROJECT/notificationChannels/ID."
  }
}

variable "oldest_unacked_alert_threshold_s" {
  description = "Alert when the oldest message not yet processed is older than this, in seconds."
  type        = number
  default     = 1800

  validation {
    condition     = var.oldest_unacked_alert_threshold_s >= 60
    error_message = "oldest_unacked_alert_threshold_s must be at least 60 seconds."
  }
}

variable "ingest_403_alert_threshold" {
  description = "Alert when ingest answers more than this many 403s (invalid or missing Twilio signature) within ingest_alert_window_s. Internet scanners cause a few; a wrong token causes one per inbound message."
  type        = number
  default     = 10

  validation {
    condition     = var.ingest_403_alert_threshold >= 0 && floor(var.ingest_403_alert_threshold) == var.ingest_403_alert_threshold
    error_message = "ingest_403_alert_threshold must be a whole number, 0 or more."
  }
}

variable "ingest_5xx_alert_threshold" {
  description = "Alert when ingest answers more than this many 5xx (publish failures, crashes) within ingest_alert_window_s."
  type        = number
  default     = 0

  validation {
    condition     = var.ingest_5xx_alert_threshold >= 0 && floor(var.ingest_5xx_alert_threshold) == var.ingest_5xx_alert_threshold
    error_message = "ingest_5xx_alert_threshold must be a whole number, 0 or more."
  }
}

variable "ingest_alert_window_s" {
  description = "Window, in seconds, over which ingest 403s and 5xx are counted for their alerts."
  type        = number
  default     = 600

  validation {
    condition     = var.ingest_alert_window_s >= 60 && var.ingest_alert_window_s <= 86400 && var.ingest_alert_window_s % 60 == 0
    error_message = "ingest_alert_window_s must be a whole number of minutes, from 60 to 86400 seconds."
  }
}
