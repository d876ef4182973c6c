-- Codex CLI credentials (issue 22): one row per user, the OpenAI API key or the Codex auth.json sealed
-- by the application ("v1:<key id>:<base64 nonce||ciphertext>", never plaintext), and the CLI settings.
-- Claude Code's sign-in is a connector (provider claude_code in connectors).

CREATE TABLE codex_credentials (
    id               uuid PRIMARY KEY,
    user_id          uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind             varchar(16)  NOT NULL CHECK (kind IN ('API_KEY', 'AUTH_JSON')),
    encrypted_secret text         NOT NULL,
    model            varchar(128),
    reasoning_effort varchar(16),
    web_search       boolean      NOT NULL DEFAULT false,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    CONSTRAINT ux_codex_credentials_user UNIQUE (user_id)
);
