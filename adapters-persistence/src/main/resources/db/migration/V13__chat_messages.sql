-- Chat mode: the messages of chat sessions. seq is the write order (history, pagination and
-- "delete from here" use it, never the clock). An assistant row is written unfinished when its turn
-- starts; a cancelled or failed turn leaves it unfinished with its finish_reason.
CREATE TABLE chat_messages (
    id                 uuid        PRIMARY KEY,
    seq                bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    session_id         uuid        NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    role               varchar(16) NOT NULL,
    content            text        NOT NULL DEFAULT '',
    model_id           varchar(200),
    input_tokens       bigint      NOT NULL DEFAULT 0,
    output_tokens      bigint      NOT NULL DEFAULT 0,
    cache_read_tokens  bigint      NOT NULL DEFAULT 0,
    cache_write_tokens bigint      NOT NULL DEFAULT 0,
    reasoning_tokens   bigint      NOT NULL DEFAULT 0,
    finish_reason      varchar(32),
    is_finished        boolean     NOT NULL DEFAULT false,
    created_at         timestamptz NOT NULL,
    CONSTRAINT ck_chat_messages_role CHECK (role IN ('user', 'assistant'))
);
CREATE INDEX ix_chat_messages_session ON chat_messages (session_id, seq);
