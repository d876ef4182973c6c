-- Identity: local password hashes, rotating refresh tokens, hashed API keys.

CREATE TABLE local_credentials (
    user_id       uuid         PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    password_hash varchar(255) NOT NULL,
    updated_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE refresh_tokens (
    id         uuid        PRIMARY KEY,
    family_id  uuid        NOT NULL,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    -- Set when exchanged; presenting a used token again is reuse and revokes the family.
    used_at    timestamptz,
    revoked_at timestamptz,
    CONSTRAINT ck_refresh_tokens_lifetime CHECK (expires_at > issued_at)
);
CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX ix_refresh_tokens_user ON refresh_tokens (user_id);

CREATE TABLE api_keys (
    id           uuid         PRIMARY KEY,
    user_id      uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         varchar(100) NOT NULL,
    prefix       varchar(16)  NOT NULL,
    -- Hex SHA-256 of the key; the key itself is never stored.
    key_hash     varchar(64)  NOT NULL,
    created_at   timestamptz  NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    CONSTRAINT uq_api_keys_key_hash UNIQUE (key_hash)
);
CREATE INDEX ix_api_keys_user_active ON api_keys (user_id, created_at DESC) WHERE revoked_at IS NULL;
