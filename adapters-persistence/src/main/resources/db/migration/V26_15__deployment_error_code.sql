-- Issue 21: the stable code of a failed deployment (deploy_failed, deploy_provider_rejected, deploy_timeout, ...)
-- next to its human-readable error_message, so clients and alerts can tell provider refusals from timeouts.
ALTER TABLE project_deployments ADD COLUMN error_code text;
