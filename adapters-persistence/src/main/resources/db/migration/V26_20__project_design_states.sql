-- Design mode (issue #21, docs/projects.md): per project, the element the user picked in the design
-- iframe and the changes they queued. Replaced as a whole on every save; goes with its project.
CREATE TABLE project_design_states (
    project_id      uuid        PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
    selector        text,
    element_html    text,
    pending_changes jsonb       NOT NULL DEFAULT '[]'::jsonb,
    updated_at      timestamptz NOT NULL,
    CONSTRAINT ck_design_states_pending CHECK (jsonb_typeof(pending_changes) = 'array')
);
