-- Pins and wishlist in one table (the original system used two with the same shape).
CREATE TABLE session_marks (
    id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id uuid        NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    kind       varchar(16) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_session_marks UNIQUE (user_id, session_id, kind),
    CONSTRAINT ck_session_marks_kind CHECK (kind IN ('pin', 'wishlist'))
);
CREATE INDEX ix_session_marks_list ON session_marks (user_id, kind, created_at DESC);
CREATE INDEX ix_session_marks_session ON session_marks (session_id);
