-- Files attached to chat messages (file_ids of POST /v1/chat/conversations), and their text in
-- passages indexed for PostgreSQL full-text search: the file_search chat tool searches them.
CREATE TABLE chat_files (
    message_id   uuid          NOT NULL REFERENCES chat_messages (id) ON DELETE CASCADE,
    asset_id     uuid          NOT NULL,
    session_id   uuid          NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position     integer       NOT NULL,
    file_name    varchar(1024) NOT NULL,
    content_type varchar(255)  NOT NULL,
    size_bytes   bigint        NOT NULL,
    PRIMARY KEY (message_id, asset_id)
);
CREATE INDEX ix_chat_files_session ON chat_files (session_id);

CREATE TABLE chat_file_chunks (
    message_id uuid    NOT NULL,
    asset_id   uuid    NOT NULL,
    session_id uuid    NOT NULL,
    chunk_no   integer NOT NULL,
    content    text    NOT NULL,
    tsv        tsvector GENERATED ALWAYS AS (to_tsvector('english', content)) STORED,
    PRIMARY KEY (message_id, asset_id, chunk_no),
    FOREIGN KEY (message_id, asset_id) REFERENCES chat_files (message_id, asset_id) ON DELETE CASCADE
);
CREATE INDEX ix_chat_file_chunks_session ON chat_file_chunks (session_id);
CREATE INDEX ix_chat_file_chunks_tsv ON chat_file_chunks USING gin (tsv);
