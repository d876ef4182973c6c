-- Summaries of long chats (compaction, as in agent mode): a later turn sends the newest summary in
-- place of the messages up to end_message_id. Deleting that message deletes the summary.
CREATE TABLE chat_summaries (
    seq            bigserial   PRIMARY KEY,
    session_id     uuid        NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    end_message_id uuid        NOT NULL REFERENCES chat_messages (id) ON DELETE CASCADE,
    summary        text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_chat_summaries_session ON chat_summaries (session_id, seq DESC);
