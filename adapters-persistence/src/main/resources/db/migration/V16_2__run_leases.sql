-- Runs belong to a node: the node driving a run holds a lease it renews while it lives. Recovery
-- (at start-up and the stale-run job on every node) fails only runs whose lease lapsed, so a
-- starting node leaves the live runs of the others alone. A run written before this has no lease
-- and counts as lapsed. (Versioned 16.2 so that it does not collide with other work's V16.)
ALTER TABLE run_tasks
    ADD COLUMN node_id          varchar(200),
    ADD COLUMN lease_expires_at timestamptz;

DROP INDEX IF EXISTS ix_run_tasks_active_updated;
CREATE INDEX ix_run_tasks_active_lease ON run_tasks (lease_expires_at)
    WHERE status IN ('pending', 'running', 'paused', 'aborting');
CREATE INDEX ix_run_tasks_active_node ON run_tasks (node_id)
    WHERE status IN ('pending', 'running', 'paused', 'aborting');
