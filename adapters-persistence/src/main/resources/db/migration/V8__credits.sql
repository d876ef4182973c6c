-- Credits: one account per user with two pools, an append-only ledger, reservations (holds taken
-- before billable work) and the usage of settled calls. Amounts are numeric(18,6); 1 credit = $0.015.

CREATE TABLE credit_accounts (
    user_id                 uuid          PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    regular                 numeric(18,6) NOT NULL DEFAULT 0,
    bonus                   numeric(18,6) NOT NULL DEFAULT 0,
    reconciliation_required boolean       NOT NULL DEFAULT false,
    version                 bigint        NOT NULL DEFAULT 0,
    updated_at              timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT ck_credit_accounts_bonus CHECK (bonus >= 0),
    -- The shortfall window lets a balance dip to -50; this is the database's hard floor behind it.
    CONSTRAINT ck_credit_accounts_floor CHECK (regular + bonus >= -1000)
);

CREATE TABLE credit_ledger (
    id              uuid          PRIMARY KEY,
    -- Insertion order; rows of one user are inserted under that account's lock, so this is their booking order.
    seq             bigint        GENERATED ALWAYS AS IDENTITY,
    user_id         uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    entry_type      varchar(32)   NOT NULL,
    pool            varchar(16)   NOT NULL,
    amount          numeric(18,6) NOT NULL,
    balance_after   numeric(18,6) NOT NULL,
    reservation_id  uuid,
    session_id      uuid,
    run_id          uuid,
    provider        varchar(64),
    model_id        varchar(200),
    tool_name       varchar(200),
    idempotency_key varchar(240)  NOT NULL,
    description     varchar(500),
    created_at      timestamptz   NOT NULL,
    CONSTRAINT uq_credit_ledger_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT ck_credit_ledger_amount CHECK (amount <> 0),
    CONSTRAINT ck_credit_ledger_pool CHECK (pool IN ('regular', 'bonus')),
    CONSTRAINT ck_credit_ledger_type CHECK (entry_type IN ('signup_grant', 'subscription_grant', 'purchase',
        'bonus_grant', 'refund', 'adjustment', 'reservation_hold', 'reservation_release', 'settlement_charge',
        'expiry_release'))
);
CREATE INDEX ix_credit_ledger_user_seq ON credit_ledger (user_id, seq DESC);
CREATE INDEX ix_credit_ledger_reservation ON credit_ledger (reservation_id) WHERE reservation_id IS NOT NULL;

CREATE TABLE credit_reservations (
    id              uuid          PRIMARY KEY,
    user_id         uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status          varchar(32)   NOT NULL,
    held            numeric(18,6) NOT NULL,
    from_bonus      numeric(18,6) NOT NULL,
    from_regular    numeric(18,6) NOT NULL,
    output_cap      integer       NOT NULL,
    actual          numeric(18,6),
    uncharged       numeric(18,6),
    session_id      uuid,
    run_id          uuid,
    provider        varchar(64),
    model_id        varchar(200),
    tool_name       varchar(200),
    idempotency_key varchar(160)  NOT NULL,
    created_at      timestamptz   NOT NULL,
    expires_at      timestamptz   NOT NULL,
    ended_at        timestamptz,
    CONSTRAINT uq_credit_reservations_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT ck_credit_reservations_status CHECK (status IN ('held', 'settled', 'released', 'expired',
                                                               'settlement_failed')),
    CONSTRAINT ck_credit_reservations_split CHECK (held >= 0 AND from_bonus >= 0 AND from_regular >= 0
                                                   AND held = from_bonus + from_regular),
    CONSTRAINT ck_credit_reservations_ended CHECK ((status = 'held') = (ended_at IS NULL))
);
CREATE INDEX ix_credit_reservations_held_expiry ON credit_reservations (expires_at) WHERE status = 'held';

CREATE TABLE credit_usage (
    reservation_id     uuid          PRIMARY KEY REFERENCES credit_reservations (id) ON DELETE CASCADE,
    user_id            uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id         uuid,
    run_id             uuid,
    provider           varchar(64),
    model_id           varchar(200),
    tool_name          varchar(200),
    input_tokens       bigint        NOT NULL,
    output_tokens      bigint        NOT NULL,
    cache_read_tokens  bigint        NOT NULL,
    cache_write_tokens bigint        NOT NULL,
    reasoning_tokens   bigint        NOT NULL,
    usd                numeric(18,8) NOT NULL,
    credits            numeric(18,6) NOT NULL,
    byok               boolean       NOT NULL,
    created_at         timestamptz   NOT NULL
);
CREATE INDEX ix_credit_usage_user_session ON credit_usage (user_id, session_id, created_at DESC);
CREATE INDEX ix_credit_usage_created ON credit_usage (created_at);
