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

-- Chat answers that used tools: each model turn that called tools, in order, with its text and its
-- calls and their results ([{text, calls: [{id, name, input, output, error}]}]); content stays the
-- final turn's text.
ALTER TABLE chat_messages ADD COLUMN tool_steps jsonb NOT NULL DEFAULT '[]'::jsonb;
