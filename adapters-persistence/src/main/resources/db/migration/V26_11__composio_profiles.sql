-- Composio profiles (issue 22): a user's named connection to one Composio toolkit, the ids of its auth
-- config, connected account and MCP server at Composio, the user's MCP URL sealed by the application
-- cipher, the tool selection, and the user's MCP setting it was synced into.

CREATE TABLE composio_profiles (
    id                   uuid PRIMARY KEY,
    user_id              uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    profile_name         varchar(64)   NOT NULL,
    toolkit_slug         varchar(64)   NOT NULL,
    toolkit_name         varchar(200),
    auth_config_id       varchar(128)  NOT NULL,
    connected_account_id varchar(128)  NOT NULL,
    composio_user_id     varchar(128)  NOT NULL,
    mcp_server_id        varchar(128),
    encrypted_mcp_url    text,
    status               varchar(16)   NOT NULL DEFAULT 'pending',
    enabled_tools        jsonb         NOT NULL DEFAULT '[]'::jsonb,
    mcp_setting_id       uuid,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    CONSTRAINT ux_composio_profiles_user_name UNIQUE (user_id, profile_name),
    CONSTRAINT ck_composio_profiles_status CHECK (status IN ('pending', 'enable', 'disable', 'disconnected'))
);
CREATE INDEX ix_composio_profiles_user_toolkit ON composio_profiles (user_id, toolkit_slug);
CREATE INDEX ix_composio_profiles_connected_account ON composio_profiles (connected_account_id);
