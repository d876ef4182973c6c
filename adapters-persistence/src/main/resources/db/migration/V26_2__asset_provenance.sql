-- Generated media (issue 18): how an asset a media tool made came about, so the media library lists it
-- as `source: generated` with its prompt and model. Absent for uploads.
CREATE TABLE asset_provenance (
    asset_id   uuid          PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
    tool_name  varchar(64)   NOT NULL,
    prompt     text          NOT NULL,
    model      varchar(255)  NOT NULL,
    provider   varchar(64)   NOT NULL,
    created_at timestamptz   NOT NULL DEFAULT now()
);
