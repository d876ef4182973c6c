-- Slides (issue 19): decks per session, the current state of each slide, every version it had
-- (never changed, so a revert copies one forward), the template catalogue, and deck exports with
-- their status so an export cut short by a restart can be failed and its credit hold released.

CREATE TABLE slide_contents (
    session_id        uuid          NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    presentation_name varchar(100)  NOT NULL,
    slide_number      integer       NOT NULL CHECK (slide_number BETWEEN 1 AND 200),
    slide_title       varchar(300)  NOT NULL,
    description       varchar(2000) NOT NULL,
    slide_type        varchar(32)   NOT NULL,
    slide_content     text          NOT NULL,
    version           integer       NOT NULL CHECK (version >= 1),
    updated_at        timestamptz   NOT NULL,
    PRIMARY KEY (session_id, presentation_name, slide_number)
);

CREATE TABLE slide_versions (
    session_id        uuid          NOT NULL,
    presentation_name varchar(100)  NOT NULL,
    slide_number      integer       NOT NULL,
    version           integer       NOT NULL,
    slide_title       varchar(300)  NOT NULL,
    description       varchar(2000) NOT NULL,
    slide_type        varchar(32)   NOT NULL,
    slide_content     text          NOT NULL,
    source            varchar(16)   NOT NULL,
    created_at        timestamptz   NOT NULL,
    PRIMARY KEY (session_id, presentation_name, slide_number, version),
    FOREIGN KEY (session_id, presentation_name, slide_number)
        REFERENCES slide_contents (session_id, presentation_name, slide_number) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE slide_templates (
    id                    uuid         PRIMARY KEY,
    slide_template_name   varchar(200) NOT NULL,
    slide_content         text         NOT NULL,
    slide_template_images text[]       NOT NULL DEFAULT '{}',
    created_at            timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX ix_slide_templates_name ON slide_templates (lower(slide_template_name));

CREATE TABLE slide_exports (
    id                uuid         PRIMARY KEY,
    user_id           uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id        uuid         NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    presentation_name varchar(100) NOT NULL,
    format            varchar(8)   NOT NULL,
    status            varchar(8)   NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    slides            integer      NOT NULL,
    reservation_id    uuid,
    error             varchar(500),
    started_at        timestamptz  NOT NULL,
    finished_at       timestamptz
);
CREATE INDEX ix_slide_exports_running ON slide_exports (started_at) WHERE status = 'running';

INSERT INTO slide_templates (id, slide_template_name, slide_content, slide_template_images) VALUES
('6a1f2b7e-19a0-4c51-9d3e-0a5c2f7b1901', 'Title slide (dark)',
 '<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0;width:1280px;height:720px}body{display:flex;flex-direction:column;justify-content:center;padding:0 96px;box-sizing:border-box;background:#101828;color:#f9fafb;font-family:sans-serif}h1{font-size:64px;margin:0 0 24px}p{font-size:28px;color:#98a2b3;margin:0}</style></head><body><h1>Presentation title</h1><p>Subtitle, author, date</p></body></html>',
 '{}'),
('6a1f2b7e-19a0-4c51-9d3e-0a5c2f7b1902', 'Bullets (light)',
 '<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0;width:1280px;height:720px}body{padding:72px 96px;box-sizing:border-box;background:#ffffff;color:#101828;font-family:sans-serif}h2{font-size:48px;margin:0 0 40px}li{font-size:30px;margin:0 0 18px}</style></head><body><h2>Section heading</h2><ul><li>First point</li><li>Second point</li><li>Third point</li></ul></body></html>',
 '{}');
