-- Baseline schema. Conventions (see docs/architecture.md): UUID keys from gen_random_uuid(),
-- timestamptz created_at/updated_at, snake_case codes guarded by CHECK constraints.

CREATE TABLE users (
    id                              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    email                           varchar(254) NOT NULL,
    password_hash                   varchar(255),
    first_name                      varchar(100),
    last_name                       varchar(100),
    avatar_url                      varchar(2048),
    role                            varchar(16) NOT NULL DEFAULT 'user',
    language                        varchar(8)  NOT NULL DEFAULT 'en',
    is_active                       boolean     NOT NULL DEFAULT true,
    email_verified                  boolean     NOT NULL DEFAULT false,
    login_provider                  varchar(64) NOT NULL DEFAULT 'local',
    organization                    varchar(255),
    metadata                        jsonb,
    last_login_at                   timestamptz,
    -- Filled by the billing feature; kept here so a user row describes the whole account.
    stripe_customer_id              varchar(255),
    subscription_plan               varchar(32),
    subscription_status             varchar(32),
    subscription_billing_cycle      varchar(16),
    subscription_current_period_end timestamptz,
    created_at                      timestamptz NOT NULL DEFAULT now(),
    updated_at                      timestamptz NOT NULL DEFAULT now(),

    CONSTRAINT uq_users_email UNIQUE (email),
    -- The domain normalises addresses; the database refuses anything that bypassed it.
    CONSTRAINT ck_users_email_normalised CHECK (email = lower(btrim(email))),
    CONSTRAINT ck_users_role CHECK (role IN ('user', 'admin')),
    CONSTRAINT ck_users_language CHECK (language IN ('en', 'vi', 'hi', 'ja'))
);

CREATE INDEX ix_users_created_at ON users (created_at);
