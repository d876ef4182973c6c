-- App Store Connect API keys (issue 22, mobile apps): one per user, the .p8 private key sealed by the
-- application ("v1:<key id>:<base64 nonce||ciphertext>", never plaintext); issuer and key ids are identifiers.

CREATE TABLE apple_credentials (
    id                    uuid PRIMARY KEY,
    user_id               uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    issuer_id             varchar(36)  NOT NULL,
    key_id                varchar(10)  NOT NULL,
    encrypted_private_key text         NOT NULL,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    CONSTRAINT ux_apple_credentials_user UNIQUE (user_id)
);

-- Composio webhook deliveries already applied (docs/connectors.md "Composio webhooks"): the signed
-- webhook-id of each, so a replayed or retried delivery is acknowledged but not applied twice.
CREATE TABLE composio_webhook_deliveries (
    webhook_id  varchar(200) PRIMARY KEY,
    event_type  varchar(100) NOT NULL,
    received_at timestamptz  NOT NULL
);
