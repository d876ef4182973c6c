-- Billing (Stripe): the subscription id next to the billing columns users already has, the audit
-- log of webhook events (unique by Stripe event id: the idempotency of webhook handling), and the
-- record of which users got the free-plan refresh for which month.

ALTER TABLE users ADD COLUMN stripe_subscription_id varchar(255);
CREATE UNIQUE INDEX uq_users_stripe_customer ON users (stripe_customer_id) WHERE stripe_customer_id IS NOT NULL;
ALTER TABLE users ADD CONSTRAINT ck_users_subscription_plan
    CHECK (subscription_plan IS NULL OR subscription_plan IN ('free', 'plus', 'pro'));
ALTER TABLE users ADD CONSTRAINT ck_users_subscription_billing_cycle
    CHECK (subscription_billing_cycle IS NULL OR subscription_billing_cycle IN ('monthly', 'annually'));

CREATE TABLE billing_transactions (
    id                     uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    stripe_event_id        varchar(255) NOT NULL,
    event_type             varchar(100) NOT NULL,
    -- pending only inside the unit of work that claimed the event; committed rows are applied or ignored.
    outcome                varchar(16)  NOT NULL DEFAULT 'pending',
    user_id                uuid         REFERENCES users (id) ON DELETE SET NULL,
    stripe_customer_id     varchar(255),
    stripe_subscription_id varchar(255),
    stripe_object_id       varchar(255),
    plan_id                varchar(16),
    billing_cycle          varchar(16),
    credits                numeric(18, 6),
    amount                 numeric(18, 6),
    currency               varchar(8),
    detail                 text,
    created_at             timestamptz  NOT NULL,
    CONSTRAINT uq_billing_transactions_stripe_event UNIQUE (stripe_event_id),
    CONSTRAINT ck_billing_transactions_outcome CHECK (outcome IN ('pending', 'applied', 'ignored'))
);
CREATE INDEX ix_billing_transactions_user ON billing_transactions (user_id, created_at DESC) WHERE user_id IS NOT NULL;
CREATE INDEX ix_billing_transactions_subscription ON billing_transactions (stripe_subscription_id)
    WHERE stripe_subscription_id IS NOT NULL;

CREATE TABLE credit_refreshes (
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    period     char(7)     NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT pk_credit_refreshes PRIMARY KEY (user_id, period),
    CONSTRAINT ck_credit_refreshes_period CHECK (period ~ '^[0-9]{4}-[0-9]{2}$')
);
