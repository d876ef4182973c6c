-- Deployments and subdomains (issue #21, docs/projects.md "Deploy", "Subdomains").
-- Every publish is one row, with each phase's timings (phases, JSON) and, when it failed, the phase
-- that failed and why. The original's project_deployments columns are kept where they mean the same.
CREATE TABLE project_deployments (
    id                  uuid         PRIMARY KEY,
    project_id          uuid         NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    deployed_by_user_id uuid         REFERENCES users (id) ON DELETE SET NULL,
    environment         varchar(20)  NOT NULL DEFAULT 'production',
    target              varchar(20)  NOT NULL,
    deployment_status   varchar(20)  NOT NULL,
    subdomain           varchar(63),
    deployment_url      text,
    phases              jsonb        NOT NULL DEFAULT '[]',
    failed_phase        varchar(20),
    error_message       text,
    started_at          timestamptz  NOT NULL,
    deployed_at         timestamptz,
    finished_at         timestamptz,
    deploy_duration_ms  bigint,
    stopped_at          timestamptz,
    CONSTRAINT ck_project_deployments_status CHECK (deployment_status IN
        ('pending', 'building', 'deploying', 'deployed', 'failed', 'stopped')),
    CONSTRAINT ck_project_deployments_target CHECK (target IN ('embedded', 'vercel', 'cloud_run'))
);
CREATE INDEX ix_project_deployments_project ON project_deployments (project_id, started_at DESC);
-- At most one live deployment per project.
CREATE UNIQUE INDEX uq_project_deployments_live ON project_deployments (project_id)
    WHERE deployment_status = 'deployed';

-- The embedded subdomain registry: the name is the key, so of two concurrent claims exactly one
-- inserts; a project holds one name at most.
CREATE TABLE project_subdomains (
    name       varchar(63)  PRIMARY KEY,
    project_id uuid         NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    user_id    uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    claimed_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT uq_project_subdomains_project UNIQUE (project_id),
    CONSTRAINT ck_project_subdomains_name CHECK (name ~ '^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$')
);
