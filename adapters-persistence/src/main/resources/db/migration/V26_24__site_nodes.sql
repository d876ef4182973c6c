-- Which node serves an embedded deployment (docs/operations.md "Scale-out"): other nodes pass its requests there.
CREATE TABLE site_nodes (
    deployment_id uuid PRIMARY KEY REFERENCES project_deployments (id) ON DELETE CASCADE,
    node_url      text        NOT NULL CHECK (node_url ~ '^https?://[^/?#]+/?$'),
    registered_at timestamptz NOT NULL DEFAULT now()
);
