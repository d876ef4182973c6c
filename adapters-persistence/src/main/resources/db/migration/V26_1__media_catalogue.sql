-- The media catalogues (GET /v1/media-templates, GET /v1/media-tools): rows seeded at start-up from the
-- built-in catalogue (domain.content.MediaCatalogue), like the built-in skills. `position` keeps the
-- gallery order; a built-in that is no longer shipped is deleted by the next seeding.
CREATE TABLE media_templates (
    id           varchar(64)   PRIMARY KEY,
    name         varchar(200)  NOT NULL,
    type         varchar(16)   NOT NULL,
    category     varchar(64)   NOT NULL,
    description  text          NOT NULL,
    prompt       text          NOT NULL,
    aspect_ratio varchar(8)    NOT NULL,
    position     integer       NOT NULL,
    updated_at   timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT ck_media_templates_type CHECK (type IN ('image', 'video', 'audio'))
);
CREATE INDEX ix_media_templates_type_position ON media_templates (type, position);

CREATE TABLE media_tools (
    id                 varchar(64)   PRIMARY KEY,
    name               varchar(200)  NOT NULL,
    type               varchar(16)   NOT NULL,
    description        text          NOT NULL,
    tool_name          varchar(64)   NOT NULL,
    available          boolean       NOT NULL,
    unavailable_reason text,
    position           integer       NOT NULL,
    updated_at         timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT ck_media_tools_type CHECK (type IN ('image', 'video', 'audio')),
    CONSTRAINT ck_media_tools_reason CHECK (available = (unavailable_reason IS NULL))
);
