-- Projects (issue #21, docs/projects.md): one per session at most, scaffolded from a template in the
-- session's sandbox, with an optional database of its own (a database and a login role on the
-- PostgreSQL the app uses; the role's password sealed by the secret cipher, never in plaintext).
CREATE TABLE projects (
    id                 uuid         PRIMARY KEY,
    session_id         uuid         NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    user_id            uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name               varchar(40)  NOT NULL,
    framework          varchar(40)  NOT NULL,
    db_source          varchar(40),
    db_host            varchar(255),
    db_port            integer,
    db_name            varchar(63),
    db_role            varchar(63),
    db_password_sealed text,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT uq_projects_session UNIQUE (session_id),
    CONSTRAINT ck_projects_name CHECK (name ~ '^[a-z][a-z0-9-]{0,39}$'),
    CONSTRAINT ck_projects_db_sealed CHECK (db_password_sealed IS NULL OR db_password_sealed LIKE 'v1:%')
);
CREATE INDEX ix_projects_user ON projects (user_id);

-- A project's secrets (REST /v1/project/{session_id}/secrets and add_user_env), written to the
-- project's .env in the sandbox on every change. Values sealed; names are not secret.
CREATE TABLE project_secrets (
    project_id uuid         NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name       varchar(128) NOT NULL,
    sealed     text         NOT NULL,
    updated_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, name),
    CONSTRAINT ck_project_secrets_name CHECK (name ~ '^[A-Za-z_][A-Za-z0-9_]*$'),
    CONSTRAINT ck_project_secrets_sealed CHECK (sealed LIKE 'v1:%')
);
