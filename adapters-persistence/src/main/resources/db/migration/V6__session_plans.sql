-- The current plan of a session (plan mode); replaced as a whole on every update.
CREATE TABLE session_plans (
    session_id uuid        PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    plan       jsonb       NOT NULL,
    updated_at timestamptz NOT NULL
);
