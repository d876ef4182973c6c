-- A rename by the owner pins the title: automatic titling from the first query leaves it alone.
ALTER TABLE sessions ADD COLUMN title_pinned boolean NOT NULL DEFAULT false;
CREATE INDEX ix_sessions_model_setting ON sessions (model_setting_id) WHERE model_setting_id IS NOT NULL;
