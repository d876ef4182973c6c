-- Runs (tasks) and their append-only audit log.

CREATE TABLE run_tasks (
    id            uuid         PRIMARY KEY,
    -- No foreign key, as in the original system: run rows outlive nothing and are written hot.
    session_id    uuid         NOT NULL,
    task_type     varchar(32)  NOT NULL,
    status        varchar(32)  NOT NULL,
    error_message varchar(2000),
    data          jsonb,
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    CONSTRAINT ck_run_tasks_status CHECK (status IN ('pending', 'running', 'completed', 'paused', 'aborting',
                                                     'cancelled', 'failed')),
    CONSTRAINT ck_run_tasks_type CHECK (task_type IN ('agent_run', 'chat_run'))
);
-- At most one active run per session, whatever the application does.
CREATE UNIQUE INDEX uq_run_tasks_one_active_per_session ON run_tasks (session_id)
    WHERE status IN ('pending', 'running', 'paused', 'aborting');
CREATE INDEX ix_run_tasks_session_created ON run_tasks (session_id, created_at DESC);
CREATE INDEX ix_run_tasks_active_updated ON run_tasks (updated_at)
    WHERE status IN ('pending', 'running', 'paused', 'aborting');

CREATE TABLE task_logs (
    id         bigserial    PRIMARY KEY,
    task_id    uuid         NOT NULL,
    status     varchar(32)  NOT NULL,
    reason     varchar(500),
    created_at timestamptz  NOT NULL
);
CREATE INDEX ix_task_logs_task ON task_logs (task_id, id);
