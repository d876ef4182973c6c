-- Batches applied as sets (issue #25). Until now a batch called the per-operation function once per operation,
-- so every operation ran ~7 statements of its own, and PostgreSQL pays per statement: executor start-up, the
-- table's CHECK constraints parsed from their stored text and planned again, plan-cache checks (a profile of
-- one hold and one settlement put these at a quarter of the database's CPU; docs/benchmarks.md, pass 9).
--
-- Now a batch locks its accounts in one statement (in user_id order, as before, so batches of several nodes
-- cannot deadlock); then, for a batch of six operations or more, one statement decides every operation and,
-- when all of them take the common case, writes the whole batch: all
-- reservations in one INSERT (or UPDATE), all ledger rows in one INSERT in booking order, one UPDATE per
-- account, all usage rows in one INSERT. The balances each operation sees are the running sums of the
-- operations of its account before it in the batch, so amounts, pools, balance_after values, keys and the
-- ledger's seq order are exactly what the operations one by one would write. If any operation of the batch
-- would not take the common case ('slow', 'existing', 'missing', 'ended', a key or id twice in the batch),
-- the statement writes nothing and the batch runs operation by operation as before, as smaller batches do
-- (starting the one large statement costs more than two to five operations' small ones).
--
-- The statements join the batch's arrays with the tables; their plans are cached per connection, so they are
-- pinned to key lookups (index scans and nested loops over the primary and unique keys): a plan made while a
-- table was small could otherwise scan it for good (V26_26).

CREATE OR REPLACE FUNCTION credit_hold_batch(p_users uuid[], p_keys text[], p_mins numeric[], p_amounts numeric[],
                                             p_caps integer[], p_ids uuid[], p_sessions uuid[], p_runs uuid[],
                                             p_providers text[], p_models text[], p_tools text[],
                                             p_nows timestamptz[], p_expires timestamptz[])
    RETURNS TABLE (o_index integer, o_outcome text, o_from_bonus numeric, o_from_regular numeric)
    LANGUAGE plpgsql
    SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off
AS $$
DECLARE
    v_n        integer := coalesce(array_length(p_users, 1), 0);
    v_indexes  integer[];
    v_bonuses  numeric[];
    v_regulars numeric[];
    v_written  bigint;
BEGIN
    IF v_n > 1 THEN
        -- rows are locked as they leave the sort, so in user_id order; one statement for all of them
        PERFORM 1 FROM credit_accounts WHERE user_id = ANY (p_users) ORDER BY user_id FOR UPDATE;
    END IF;
    IF v_n >= 6 THEN -- below that, starting the one large statement costs more than the small ones it saves
        WITH ops AS (
            SELECT o.i::integer AS i, o.u, o.k, o.m, o.a, o.c, o.id, o.s, o.r, o.pr, o.mo, o.t, o.n, o.e,
                   acc.regular AS regular0, acc.bonus AS bonus0,
                   coalesce(sum(o.a) OVER earlier, 0) AS spent_before,
                   count(*) OVER (PARTITION BY o.k) AS same_key
              FROM unnest(p_users, p_keys, p_mins, p_amounts, p_caps, p_ids, p_sessions, p_runs, p_providers,
                          p_models, p_tools, p_nows, p_expires)
                       WITH ORDINALITY AS o(u, k, m, a, c, id, s, r, pr, mo, t, n, e, i)
              LEFT JOIN credit_accounts acc ON acc.user_id = o.u
            WINDOW earlier AS (PARTITION BY o.u ORDER BY o.i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
        ), seen AS (
            -- the account as the operation would find it: earlier holds took the bonus pool first
            SELECT ops.*, greatest(ops.bonus0 - ops.spent_before, 0::numeric(18, 6)) AS bonus_now,
                   ops.regular0 - greatest(ops.spent_before - ops.bonus0, 0::numeric(18, 6)) AS regular_now
              FROM ops
        ), decided AS (
            SELECT seen.*, least(seen.bonus_now, seen.a) AS v_bonus,
                   seen.a - least(seen.bonus_now, seen.a) AS v_regular,
                   coalesce(seen.regular0 IS NOT NULL AND seen.a >= 0 AND seen.same_key = 1
                            AND (seen.m IS NULL OR seen.regular_now + seen.bonus_now >= seen.m)
                            AND (seen.a = 0 OR (seen.regular_now + seen.bonus_now > 0
                                                AND seen.regular_now + seen.bonus_now - seen.a >= -50))
                            AND NOT EXISTS (SELECT 1 FROM credit_reservations x WHERE x.idempotency_key = seen.k),
                            false) AS common
              FROM seen
        ), verdict AS (
            SELECT bool_and(d.common) AS all_common FROM decided d
        ), reservations AS (
            INSERT INTO credit_reservations (id, user_id, status, held, from_bonus, from_regular, output_cap,
                                             session_id, run_id, provider, model_id, tool_name, idempotency_key,
                                             created_at, expires_at)
            SELECT d.id, d.u, 'held', d.a, d.v_bonus, d.v_regular, d.c, d.s, d.r, d.pr, d.mo, d.t, d.k, d.n, d.e
              FROM decided d
             WHERE (SELECT all_common FROM verdict)
            RETURNING 1
        ), ledger AS (
            INSERT INTO credit_ledger (id, user_id, entry_type, pool, amount, balance_after, reservation_id,
                                       session_id, run_id, provider, model_id, tool_name, idempotency_key, created_at)
            SELECT gen_random_uuid(), booked.u, 'reservation_hold', booked.pool, booked.amount, booked.balance_after,
                   booked.id, booked.s, booked.r, booked.pr, booked.mo, booked.t, booked.key, booked.n
              FROM (SELECT d.i, 0 AS part, d.u, 'bonus' AS pool, -d.v_bonus AS amount,
                           d.bonus_now - d.v_bonus AS balance_after, d.id, d.s, d.r, d.pr, d.mo, d.t,
                           d.k || ':hold:bonus' AS key, d.n
                      FROM decided d WHERE d.v_bonus <> 0
                    UNION ALL
                    SELECT d.i, 1, d.u, 'regular', -d.v_regular, d.regular_now - d.v_regular, d.id, d.s, d.r, d.pr,
                           d.mo, d.t, d.k || ':hold:regular', d.n
                      FROM decided d WHERE d.v_regular <> 0
                    ORDER BY 1, 2) AS booked -- booking order: by operation, bonus before regular, as one by one
             WHERE (SELECT all_common FROM verdict)
        ), balances AS (
            UPDATE credit_accounts acc
               SET regular = acc.regular - t.v_regular, bonus = acc.bonus - t.v_bonus,
                   version = acc.version + t.changes, updated_at = now()
              FROM (SELECT d.u, sum(d.v_regular) AS v_regular, sum(d.v_bonus) AS v_bonus,
                           count(*) FILTER (WHERE d.a <> 0) AS changes
                      FROM decided d GROUP BY d.u) t
             WHERE acc.user_id = t.u AND t.changes > 0 AND (SELECT all_common FROM verdict)
        )
        SELECT array_agg(d.i ORDER BY d.i), array_agg(d.v_bonus ORDER BY d.i), array_agg(d.v_regular ORDER BY d.i),
               (SELECT count(*) FROM reservations)
          INTO v_indexes, v_bonuses, v_regulars, v_written
          FROM decided d, verdict
         WHERE verdict.all_common;

        IF v_written = v_n THEN
            RETURN QUERY SELECT x.i, 'held'::text, x.b, x.g FROM unnest(v_indexes, v_bonuses, v_regulars) AS x(i, b, g);
            RETURN;
        ELSIF v_written <> 0 THEN
            RAISE EXCEPTION 'credit_hold_batch wrote % of % reservations', v_written, v_n;
        END IF;
    END IF;
    FOR i IN 1 .. v_n LOOP
        RETURN QUERY SELECT i, h.o_outcome, h.o_from_bonus, h.o_from_regular
                       FROM credit_hold(p_users[i], p_keys[i], p_mins[i], p_amounts[i], p_caps[i], p_ids[i],
                                        p_sessions[i], p_runs[i], p_providers[i], p_models[i], p_tools[i], p_nows[i],
                                        p_expires[i]) h;
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION credit_settle_batch(p_ids uuid[], p_actuals numeric[], p_nows timestamptz[],
                                               p_inputs bigint[], p_outputs bigint[], p_cache_reads bigint[],
                                               p_cache_writes bigint[], p_reasonings bigint[], p_usds numeric[],
                                               p_byoks boolean[])
    RETURNS TABLE (o_index integer, o_outcome text, o_status text, o_remaining numeric)
    LANGUAGE plpgsql
    SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off
AS $$
DECLARE
    v_n         integer := coalesce(array_length(p_ids, 1), 0);
    v_indexes   integer[];
    v_statuses  text[];
    v_remaining numeric[];
    v_written   bigint;
BEGIN
    IF v_n > 1 THEN
        PERFORM 1 FROM credit_accounts
         WHERE user_id = ANY (ARRAY(SELECT r.user_id FROM credit_reservations r WHERE r.id = ANY (p_ids)))
         ORDER BY user_id FOR UPDATE;
    END IF;
    IF v_n >= 6 THEN
        WITH ops AS (
            SELECT o.i::integer AS i, o.id, o.act, o.n, o.inp, o.outp, o.cr, o.cw, o.rs, o.usd, o.byok,
                   r.user_id AS u, r.status AS held_status, r.held, r.from_bonus, r.from_regular,
                   r.idempotency_key AS hold_key, r.session_id, r.run_id, r.provider, r.model_id, r.tool_name,
                   count(*) OVER (PARTITION BY o.id) AS same_id
              FROM unnest(p_ids, p_actuals, p_nows, p_inputs, p_outputs, p_cache_reads, p_cache_writes, p_reasonings,
                          p_usds, p_byoks) WITH ORDINALITY AS o(id, act, n, inp, outp, cr, cw, rs, usd, byok, i)
              LEFT JOIN credit_reservations r ON r.id = o.id
        ), refunds AS (
            -- a release returns the hold to the pools it came from; a settlement refunds the rest, regular first
            SELECT ops.*,
                   CASE WHEN ops.act = 0 THEN 'released' ELSE 'settled' END AS v_status,
                   ops.hold_key || CASE WHEN ops.act = 0 THEN ':reservation_release:' ELSE ':settle:' END AS v_prefix,
                   CASE WHEN ops.act = 0 THEN ops.from_regular
                        ELSE least(ops.from_regular, ops.held - ops.act) END AS v_regular,
                   CASE WHEN ops.act = 0 THEN ops.from_bonus
                        ELSE ops.held - ops.act - least(ops.from_regular, ops.held - ops.act) END AS v_bonus,
                   coalesce(ops.u IS NOT NULL AND ops.held_status = 'held' AND ops.act >= 0 AND ops.act <= ops.held
                            AND ops.same_id = 1, false) AS common
              FROM ops
        ), decided AS (
            -- the account as the operation would find it: earlier settlements of the batch refunded to it
            SELECT f.*, acc.regular + coalesce(sum(f.v_regular) OVER earlier, 0) AS regular_now,
                   acc.bonus + coalesce(sum(f.v_bonus) OVER earlier, 0) AS bonus_now
              FROM refunds f
              LEFT JOIN credit_accounts acc ON acc.user_id = f.u
            WINDOW earlier AS (PARTITION BY f.u ORDER BY f.i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
        ), verdict AS (
            SELECT bool_and(d.common) AS all_common FROM decided d
        ), ended AS (
            UPDATE credit_reservations x
               SET status = d.v_status, actual = d.act, uncharged = 0, ended_at = d.n
              FROM decided d
             WHERE x.id = d.id AND x.status = 'held' AND (SELECT all_common FROM verdict)
            RETURNING 1
        ), ledger AS (
            INSERT INTO credit_ledger (id, user_id, entry_type, pool, amount, balance_after, reservation_id,
                                       session_id, run_id, provider, model_id, tool_name, idempotency_key, created_at)
            SELECT gen_random_uuid(), booked.u, 'reservation_release', booked.pool, booked.amount,
                   booked.balance_after, booked.id, booked.session_id, booked.run_id, booked.provider, booked.model_id,
                   booked.tool_name, booked.key, booked.n
              FROM (SELECT d.i, 0 AS part, d.u, 'regular' AS pool, d.v_regular AS amount,
                           d.regular_now + d.v_regular AS balance_after, d.id, d.session_id, d.run_id, d.provider,
                           d.model_id, d.tool_name, d.v_prefix || 'regular' AS key, d.n
                      FROM decided d WHERE d.v_regular <> 0
                    UNION ALL
                    SELECT d.i, 1, d.u, 'bonus', d.v_bonus, d.bonus_now + d.v_bonus, d.id, d.session_id, d.run_id,
                           d.provider, d.model_id, d.tool_name, d.v_prefix || 'bonus', d.n
                      FROM decided d WHERE d.v_bonus <> 0
                    ORDER BY 1, 2) AS booked -- booking order: by operation, regular before bonus, as one by one
             WHERE (SELECT all_common FROM verdict)
        ), balances AS (
            UPDATE credit_accounts acc
               SET regular = acc.regular + t.v_regular, bonus = acc.bonus + t.v_bonus,
                   version = acc.version + t.changes, updated_at = now()
              FROM (SELECT d.u, sum(d.v_regular) AS v_regular, sum(d.v_bonus) AS v_bonus, count(*) AS changes
                      FROM decided d GROUP BY d.u) t
             WHERE acc.user_id = t.u AND (SELECT all_common FROM verdict)
        ), usage_rows AS (
            INSERT INTO credit_usage (reservation_id, user_id, session_id, run_id, provider, model_id, tool_name,
                                      input_tokens, output_tokens, cache_read_tokens, cache_write_tokens,
                                      reasoning_tokens, usd, credits, byok, created_at)
            SELECT d.id, d.u, d.session_id, d.run_id, d.provider, d.model_id, d.tool_name, d.inp, d.outp, d.cr, d.cw,
                   d.rs, d.usd, d.act, d.byok, d.n
              FROM decided d
             WHERE (SELECT all_common FROM verdict)
        )
        SELECT array_agg(d.i ORDER BY d.i), array_agg(d.v_status ORDER BY d.i),
               array_agg(d.regular_now + d.v_regular + d.bonus_now + d.v_bonus ORDER BY d.i),
               (SELECT count(*) FROM ended)
          INTO v_indexes, v_statuses, v_remaining, v_written
          FROM decided d, verdict
         WHERE verdict.all_common;

        IF v_written = v_n THEN
            RETURN QUERY SELECT x.i, 'settled'::text, x.s, x.r
                           FROM unnest(v_indexes, v_statuses, v_remaining) AS x(i, s, r);
            RETURN;
        ELSIF v_written <> 0 THEN
            RAISE EXCEPTION 'credit_settle_batch ended % of % reservations', v_written, v_n;
        END IF;
    END IF;
    FOR i IN 1 .. v_n LOOP
        RETURN QUERY SELECT i, s.o_outcome, s.o_status, s.o_remaining
                       FROM credit_settle(p_ids[i], p_actuals[i], p_nows[i], p_inputs[i], p_outputs[i],
                                          p_cache_reads[i], p_cache_writes[i], p_reasonings[i], p_usds[i],
                                          p_byoks[i]) s;
    END LOOP;
END
$$;
