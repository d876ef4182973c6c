-- Agent memory: the messages each run added to the conversation, in order (a run's tool calls and
-- their results included), so later runs and resumed runs see the whole history.
CREATE TABLE agent_run_messages (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id uuid        NOT NULL,
    run_id     uuid        NOT NULL,
    role       varchar(16) NOT NULL,
    message    jsonb       NOT NULL,
    -- A compaction summary: history starts at the latest one.
    summary    boolean     NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_agent_run_messages_role CHECK (role IN ('system', 'user', 'assistant', 'tool'))
);
CREATE INDEX ix_agent_run_messages_session ON agent_run_messages (session_id, id);
CREATE INDEX ix_agent_run_messages_run ON agent_run_messages (run_id, id);
CREATE INDEX ix_agent_run_messages_summary ON agent_run_messages (session_id, id) WHERE summary;
