-- Sessions and their event log.

CREATE TABLE sessions (
    id                uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- Optimistic lock: an update from a stale copy fails instead of overwriting.
    version           bigint       NOT NULL DEFAULT 0,
    name              varchar(255) NOT NULL DEFAULT '',
    status            varchar(16)  NOT NULL DEFAULT 'active',
    agent_type        varchar(64)  NOT NULL DEFAULT 'general',
    app_kind          varchar(16)  NOT NULL DEFAULT 'agent',
    is_public         boolean      NOT NULL DEFAULT false,
    api_version       varchar(8)   NOT NULL DEFAULT 'v1',
    parent_session_id uuid         REFERENCES sessions (id),
    model_setting_id  uuid,
    session_metadata  jsonb,
    last_message_at   timestamptz,
    is_deleted        boolean      NOT NULL DEFAULT false,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT ck_sessions_app_kind CHECK (app_kind IN ('agent', 'chat')),
    CONSTRAINT ck_sessions_status CHECK (status IN ('pending', 'active', 'pause'))
);
CREATE INDEX ix_sessions_owner_live ON sessions (user_id, created_at DESC) WHERE NOT is_deleted;
CREATE INDEX ix_sessions_parent ON sessions (parent_session_id) WHERE parent_session_id IS NOT NULL;

-- One row per session with events: appending takes this row's lock, so seqs are consecutive,
-- unique and gap-free even with concurrent writers (a rolled-back append rolls the counter back).
CREATE TABLE session_event_counters (
    session_id uuid   PRIMARY KEY,
    last_seq   bigint NOT NULL
);

-- High-volume log: no foreign keys by design (the original system's choice), indexes only.
CREATE TABLE application_events (
    id          uuid         PRIMARY KEY,
    session_id  uuid         NOT NULL,
    seq         bigint       NOT NULL,
    event_type  varchar(100) NOT NULL,
    event_group varchar(50)  NOT NULL,
    run_id      uuid,
    internal    boolean      NOT NULL DEFAULT false,
    content     jsonb        NOT NULL DEFAULT '{}',
    created_at  timestamptz  NOT NULL,
    CONSTRAINT uq_application_events_session_seq UNIQUE (session_id, seq)
);
CREATE INDEX ix_application_events_run ON application_events (run_id, created_at) WHERE run_id IS NOT NULL;
CREATE INDEX ix_application_events_type ON application_events (session_id, event_type);
CREATE INDEX ix_application_events_created_brin ON application_events USING brin (created_at);
