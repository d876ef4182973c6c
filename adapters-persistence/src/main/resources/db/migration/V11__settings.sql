-- User settings: model settings (system rows have no user), MCP configurations, skills and
-- per-user skill overrides. Secrets (API keys, MCP env/header values) are stored sealed by the
-- application (AES-256-GCM, "v1:<key id>:<base64 nonce||ciphertext>"), never in plaintext.

CREATE TABLE model_settings (
    id                uuid PRIMARY KEY,
    user_id           uuid REFERENCES users (id) ON DELETE CASCADE,
    provider          varchar(32)   NOT NULL,
    model_id          varchar(200)  NOT NULL,
    display_name      varchar(200)  NOT NULL,
    base_url          varchar(2048),
    encrypted_api_key text,
    api_key_id        varchar(64),
    params            jsonb         NOT NULL DEFAULT '{}',
    pricing           jsonb,
    config_type       varchar(16)   NOT NULL CHECK (config_type IN ('system', 'user')),
    is_default        boolean       NOT NULL DEFAULT false,
    is_active         boolean       NOT NULL DEFAULT true,
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    CHECK ((user_id IS NULL) = (config_type = 'system'))
);
CREATE UNIQUE INDEX ux_model_settings_user_model ON model_settings (user_id, provider, model_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX ux_model_settings_system_model ON model_settings (provider, model_id) WHERE user_id IS NULL;
CREATE UNIQUE INDEX ux_model_settings_user_default ON model_settings (user_id) WHERE user_id IS NOT NULL AND is_default;
CREATE INDEX ix_model_settings_api_key_id ON model_settings (api_key_id) WHERE api_key_id IS NOT NULL;

CREATE TABLE mcp_settings (
    id          uuid PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    mcp_config  jsonb       NOT NULL,
    metadata    jsonb       NOT NULL DEFAULT '{}',
    is_active   boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE INDEX ix_mcp_settings_user ON mcp_settings (user_id, created_at);

-- Uploaded packages are kept in the database (bytea): small (size-limited), transactional with
-- their row, and every node of a deployment sees them without shared storage.
CREATE TABLE skills (
    id             uuid PRIMARY KEY,
    user_id        uuid REFERENCES users (id) ON DELETE CASCADE,
    name           varchar(64)  NOT NULL,
    description    text         NOT NULL,
    license        varchar(200),
    source         varchar(16)  NOT NULL CHECK (source IN ('builtin', 'custom')),
    skill_md       text         NOT NULL,
    content_hash   varchar(64)  NOT NULL,
    package_zip    bytea,
    package_bytes  bigint       NOT NULL,
    file_count     integer      NOT NULL,
    is_enabled     boolean      NOT NULL DEFAULT true,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    CHECK ((user_id IS NULL) = (source = 'builtin'))
);
CREATE UNIQUE INDEX ux_skills_user_name ON skills (user_id, name) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX ux_skills_builtin_name ON skills (name) WHERE user_id IS NULL;

CREATE TABLE skill_overrides (
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    skill_id    uuid        NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
    is_enabled  boolean     NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (user_id, skill_id)
);
