-- Connectors (issue 22): a user's OAuth connection per provider, tokens sealed by the application
-- ("v1:<key id>:<base64 nonce||ciphertext>", never plaintext), and the authorisations in progress,
-- kept only as the SHA-256 of their state value, single use and expiring.

CREATE TABLE connectors (
    id                      uuid PRIMARY KEY,
    user_id                 uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider                varchar(32)  NOT NULL,
    encrypted_access_token  text         NOT NULL,
    encrypted_refresh_token text,
    token_expires_at        timestamptz,
    account                 varchar(320),
    scope                   varchar(2048),
    created_at              timestamptz  NOT NULL,
    updated_at              timestamptz  NOT NULL,
    CONSTRAINT ux_connectors_user_provider UNIQUE (user_id, provider)
);

CREATE TABLE connector_oauth_states (
    state_hash             varchar(64)   PRIMARY KEY,
    user_id                uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider               varchar(32)   NOT NULL,
    encrypted_code_verifier text,
    redirect_uri           varchar(2048) NOT NULL,
    created_at             timestamptz   NOT NULL,
    expires_at             timestamptz   NOT NULL,
    used_at                timestamptz
);
CREATE INDEX ix_connector_oauth_states_expires ON connector_oauth_states (expires_at);
