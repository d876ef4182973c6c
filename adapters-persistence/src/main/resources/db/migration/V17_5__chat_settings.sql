-- A chat conversation's advanced mode (POST /v1/chat/conversations/{sid}/advanced-mode): what its
-- next turns use unless the message says otherwise. Null columns mean "the default".
CREATE TABLE chat_settings (
    session_id       uuid          PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    model_id         varchar(255),
    temperature      double precision,
    reasoning_effort varchar(16),
    tools            jsonb         NOT NULL DEFAULT '{}'::jsonb,
    system_prompt    text,
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT ck_chat_settings_temperature CHECK (temperature IS NULL OR temperature BETWEEN 0 AND 2),
    CONSTRAINT ck_chat_settings_effort CHECK (reasoning_effort IS NULL
        OR reasoning_effort IN ('minimal', 'low', 'medium', 'high'))
);
