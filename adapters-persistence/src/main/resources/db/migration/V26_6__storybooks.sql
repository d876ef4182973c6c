-- Storybooks (issue 20): every version of a book is a row (root_id: the first version, parent_id: the version an
-- edit started from); a page is stored once and placed in versions through storybook_page_links, so an edit's
-- new version shares every page it did not change.

CREATE TABLE storybooks (
    id          uuid         PRIMARY KEY,
    user_id     uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id  uuid         NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    title       varchar(300) NOT NULL,
    style       varchar(300) NOT NULL DEFAULT '',
    root_id     uuid         NOT NULL,
    parent_id   uuid         REFERENCES storybooks (id) ON DELETE SET NULL,
    version     integer      NOT NULL CHECK (version >= 1),
    page_count  integer      NOT NULL CHECK (page_count BETWEEN 1 AND 100),
    status      varchar(16)  NOT NULL CHECK (status IN ('generating', 'ready', 'failed', 'cancelled')),
    voice_over  boolean      NOT NULL DEFAULT false,
    published   boolean      NOT NULL DEFAULT false,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    UNIQUE (root_id, version)
);
CREATE INDEX ix_storybooks_session ON storybooks (session_id, user_id, created_at);

CREATE TABLE storybook_pages (
    id                  uuid        PRIMARY KEY,
    scene               text        NOT NULL,
    text                text        NOT NULL,
    image_asset_id      uuid,
    audio_asset_id      uuid,
    background_asset_id uuid,
    created_at          timestamptz NOT NULL
);

CREATE TABLE storybook_page_links (
    storybook_id uuid    NOT NULL REFERENCES storybooks (id) ON DELETE CASCADE,
    page_number  integer NOT NULL CHECK (page_number BETWEEN 1 AND 100),
    page_id      uuid    NOT NULL REFERENCES storybook_pages (id),
    PRIMARY KEY (storybook_id, page_number)
);
CREATE INDEX ix_storybook_page_links_page ON storybook_page_links (page_id);
