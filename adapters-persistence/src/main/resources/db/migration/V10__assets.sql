-- Files a user stored with us (uploads and avatars) and their links to sessions (docs/api/files.md).
-- storage_key is built from ids only (users/{uid}/media|docs|avatar/{asset_id}.{ext}).
CREATE TABLE assets (
    id           uuid          PRIMARY KEY,
    user_id      uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    file_name    varchar(255)  NOT NULL,
    content_type varchar(200)  NOT NULL,
    size_bytes   bigint        NOT NULL,
    storage_key  varchar(512)  NOT NULL,
    status       varchar(16)   NOT NULL,
    purpose      varchar(16)   NOT NULL,
    session_id   uuid          REFERENCES sessions (id) ON DELETE SET NULL,
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL,
    CONSTRAINT uq_assets_storage_key UNIQUE (storage_key),
    CONSTRAINT ck_assets_size CHECK (size_bytes >= 0),
    CONSTRAINT ck_assets_status CHECK (status IN ('pending', 'ready')),
    CONSTRAINT ck_assets_purpose CHECK (purpose IN ('upload', 'avatar'))
);
CREATE INDEX ix_assets_library ON assets (user_id, purpose, created_at DESC) WHERE status = 'ready';

CREATE TABLE session_assets (
    session_id uuid        NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    asset_id   uuid        NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (session_id, asset_id)
);
CREATE INDEX ix_session_assets_asset ON session_assets (asset_id);
