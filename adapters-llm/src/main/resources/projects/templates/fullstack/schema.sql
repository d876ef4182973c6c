CREATE TABLE IF NOT EXISTS items (
    id         serial PRIMARY KEY,
    title      text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
