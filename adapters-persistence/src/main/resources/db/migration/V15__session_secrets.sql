-- Environment variables a user saved for a session (save_env, answering the agent's ask_user_env):
-- the session's sandbox commands get them. Values are sealed by the secret cipher
-- (v1:<key id>:<nonce+ciphertext>), never stored in plaintext; names are not secret.
CREATE TABLE session_secrets (
    session_id uuid         NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    name       varchar(128) NOT NULL,
    sealed     text         NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, name),
    CONSTRAINT ck_session_secrets_name CHECK (name ~ '^[A-Za-z_][A-Za-z0-9_]*$'),
    CONSTRAINT ck_session_secrets_sealed CHECK (sealed LIKE 'v1:%')
);
