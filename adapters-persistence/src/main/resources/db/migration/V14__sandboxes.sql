-- Sessions' sandboxes at a provider (docs/sandboxes.md, Lifecycle): read after a restart to reattach,
-- scanned by the maintenance job for idle pause, hard expiry and orphans. No foreign key to sessions:
-- a row must outlive its session until the sweeper has destroyed the sandbox it describes.
CREATE TABLE sandboxes (
    id                  uuid         PRIMARY KEY,
    session_id          uuid         NOT NULL,
    provider            varchar(20)  NOT NULL,
    provider_sandbox_id varchar(255),
    status              varchar(16)  NOT NULL,
    metadata            jsonb        NOT NULL DEFAULT '{}',
    created_at          timestamptz  NOT NULL,
    last_used_at        timestamptz  NOT NULL,
    expires_at          timestamptz  NOT NULL,
    CONSTRAINT ck_sandboxes_status CHECK (status IN ('creating', 'running', 'paused', 'destroyed', 'failed')),
    CONSTRAINT ck_sandboxes_provider_id CHECK (status NOT IN ('running', 'paused') OR provider_sandbox_id IS NOT NULL)
);
-- At most one current sandbox per session; destroyed and failed rows stay as history.
CREATE UNIQUE INDEX uq_sandboxes_active_session ON sandboxes (session_id)
    WHERE status IN ('creating', 'running', 'paused');
CREATE INDEX ix_sandboxes_idle ON sandboxes (last_used_at) WHERE status = 'running';
CREATE INDEX ix_sandboxes_expiry ON sandboxes (expires_at) WHERE status IN ('creating', 'running', 'paused');
