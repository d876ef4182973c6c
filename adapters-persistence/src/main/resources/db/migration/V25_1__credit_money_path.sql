-- The money path in one round trip (issue #25): a hold and a settlement are each one function call
-- that locks the account row, checks, writes the reservation and its ledger rows, moves the balance
-- and answers. The batch forms apply several operations of one account in order inside the one
-- statement, so a group of concurrent holds commits together (group commit per account).
--
-- These functions only take the common case. They answer 'slow' (and change nothing) for what the
-- domain model decides in Java: an account not opened yet, a balance below the one at which the quote
-- is the model's full output cap, a hold the balance cannot cover, a settlement with a shortfall.
-- The same ledger idempotency keys and amounts as the domain's CreditAccount are written, so both
-- paths book identically and the consistency check covers both.

CREATE FUNCTION credit_hold(p_user uuid, p_key text, p_min_available numeric, p_amount numeric, p_output_cap integer,
                            p_id uuid, p_session uuid, p_run uuid, p_provider text, p_model text, p_tool text,
                            p_now timestamptz, p_expires timestamptz)
    RETURNS TABLE (o_outcome text, o_from_bonus numeric, o_from_regular numeric)
    LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    acc       credit_accounts%ROWTYPE;
    available numeric;
    v_bonus   numeric;
    v_regular numeric;
BEGIN
    SELECT * INTO acc FROM credit_accounts WHERE user_id = p_user FOR UPDATE;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'slow'::text, NULL::numeric, NULL::numeric;
        RETURN;
    END IF;
    PERFORM 1 FROM credit_reservations WHERE idempotency_key = p_key;
    IF FOUND THEN
        RETURN QUERY SELECT 'existing'::text, NULL::numeric, NULL::numeric;
        RETURN;
    END IF;
    available := acc.regular + acc.bonus;
    IF (p_min_available IS NOT NULL AND available < p_min_available)
       OR (p_amount > 0 AND (available <= 0 OR available - p_amount < -50)) THEN
        RETURN QUERY SELECT 'slow'::text, NULL::numeric, NULL::numeric;
        RETURN;
    END IF;
    v_bonus := least(acc.bonus, p_amount);
    v_regular := p_amount - v_bonus;
    INSERT INTO credit_reservations (id, user_id, status, held, from_bonus, from_regular, output_cap, session_id, run_id,
                                     provider, model_id, tool_name, idempotency_key, created_at, expires_at)
    VALUES (p_id, p_user, 'held', p_amount, v_bonus, v_regular, p_output_cap, p_session, p_run, p_provider, p_model,
            p_tool, p_key, p_now, p_expires);
    IF v_bonus <> 0 THEN
        INSERT INTO credit_ledger (id, user_id, entry_type, pool, amount, balance_after, reservation_id, session_id,
                                   run_id, provider, model_id, tool_name, idempotency_key, created_at)
        VALUES (gen_random_uuid(), p_user, 'reservation_hold', 'bonus', -v_bonus, acc.bonus - v_bonus, p_id, p_session,
                p_run, p_provider, p_model, p_tool, p_key || ':hold:bonus', p_now);
    END IF;
    IF v_regular <> 0 THEN
        INSERT INTO credit_ledger (id, user_id, entry_type, pool, amount, balance_after, reservation_id, session_id,
                                   run_id, provider, model_id, tool_name, idempotency_key, created_at)
        VALUES (gen_random_uuid(), p_user, 'reservation_hold', 'regular', -v_regular, acc.regular - v_regular, p_id,
                p_session, p_run, p_provider, p_model, p_tool, p_key || ':hold:regular', p_now);
    END IF;
    IF p_amount <> 0 THEN
        UPDATE credit_accounts SET regular = regular - v_regular, bonus = bonus - v_bonus, version = version + 1,
                                   updated_at = now()
         WHERE user_id = p_user;
    END IF;
    RETURN QUERY SELECT 'held'::text, v_bonus, v_regular;
END
$$;

CREATE FUNCTION credit_hold_batch(p_users uuid[], p_keys text[], p_mins numeric[], p_amounts numeric[],
                                  p_caps integer[], p_ids uuid[], p_sessions uuid[], p_runs uuid[], p_providers text[],
                                  p_models text[], p_tools text[], p_nows timestamptz[], p_expires timestamptz[])
    RETURNS TABLE (o_index integer, o_outcome text, o_from_bonus numeric, o_from_regular numeric)
    LANGUAGE plpgsql AS $$
BEGIN
    FOR i IN 1 .. coalesce(array_length(p_users, 1), 0) LOOP
        RETURN QUERY SELECT i, h.o_outcome, h.o_from_bonus, h.o_from_regular
                       FROM credit_hold(p_users[i], p_keys[i], p_mins[i], p_amounts[i], p_caps[i], p_ids[i],
                                        p_sessions[i], p_runs[i], p_providers[i], p_models[i], p_tools[i], p_nows[i],
                                        p_expires[i]) h;
    END LOOP;
END
$$;

-- Ends a hold with its actual cost when that cost is within the hold (refund or exact) or zero
-- (release), books the refund, moves the reservation out of 'held' and records the call's usage.
-- 'ended' when it had ended before (nothing changed), 'missing' for an unknown id, 'slow' for a shortfall.
CREATE FUNCTION credit_settle(p_id uuid, p_actual numeric, p_now timestamptz, p_input bigint, p_output bigint,
                              p_cache_read bigint, p_cache_write bigint, p_reasoning bigint, p_usd numeric,
                              p_byok boolean)
    RETURNS TABLE (o_outcome text, o_status text, o_remaining numeric)
    LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    r          credit_reservations%ROWTYPE;
    acc        credit_accounts%ROWTYPE;
    v_status   text;
    v_prefix   text;
    v_refund   numeric;
    v_regular  numeric;
    v_bonus    numeric;
BEGIN
    SELECT * INTO r FROM credit_reservations WHERE id = p_id;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'missing'::text, NULL::text, NULL::numeric;
        RETURN;
    END IF;
    IF r.status <> 'held' THEN
        RETURN QUERY SELECT 'ended'::text, r.status::text, (SELECT a.regular + a.bonus FROM credit_accounts a
                                                             WHERE a.user_id = r.user_id);
        RETURN;
    END IF;
    IF p_actual > r.held THEN
        RETURN QUERY SELECT 'slow'::text, NULL::text, NULL::numeric;
        RETURN;
    END IF;
    SELECT * INTO acc FROM credit_accounts WHERE user_id = r.user_id FOR UPDATE;
    IF p_actual = 0 THEN
        v_status := 'released';
        v_prefix := r.idempotency_key || ':reservation_release:';
        v_regular := r.from_regular;
        v_bonus := r.from_bonus;
    ELSE
        v_status := 'settled';
        v_prefix := r.idempotency_key || ':settle:';
        v_refund := r.held - p_actual;
        v_regular := least(r.from_regular, v_refund);
        v_bonus := v_refund - v_regular;
    END IF;
    UPDATE credit_reservations SET status = v_status, actual = p_actual, uncharged = 0, ended_at = p_now
     WHERE id = p_id AND status = 'held';
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'ended'::text, (SELECT x.status::text FROM credit_reservations x WHERE x.id = p_id),
                            acc.regular + acc.bonus;
        RETURN;
    END IF;
    IF v_regular <> 0 THEN
        INSERT INTO credit_ledger (id, user_id, entry_type, pool, amount, balance_after, reservation_id, session_id,
                                   run_id, provider, model_id, tool_name, idempotency_key, created_at)
        VALUES (gen_random_uuid(), r.user_id, 'reservation_release', 'regular', v_regular, acc.regular + v_regular,
                p_id, r.session_id, r.run_id, r.provider, r.model_id, r.tool_name, v_prefix || 'regular', p_now);
    END IF;
    IF v_bonus <> 0 THEN
        INSERT INTO credit_ledger (id, user_id, entry_type, pool, amount, balance_after, reservation_id, session_id,
                                   run_id, provider, model_id, tool_name, idempotency_key, created_at)
        VALUES (gen_random_uuid(), r.user_id, 'reservation_release', 'bonus', v_bonus, acc.bonus + v_bonus,
                p_id, r.session_id, r.run_id, r.provider, r.model_id, r.tool_name, v_prefix || 'bonus', p_now);
    END IF;
    UPDATE credit_accounts SET regular = regular + v_regular, bonus = bonus + v_bonus, version = version + 1,
                               updated_at = now()
     WHERE user_id = r.user_id;
    INSERT INTO credit_usage (reservation_id, user_id, session_id, run_id, provider, model_id, tool_name, input_tokens,
                              output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, usd, credits,
                              byok, created_at)
    VALUES (p_id, r.user_id, r.session_id, r.run_id, r.provider, r.model_id, r.tool_name, p_input, p_output,
            p_cache_read, p_cache_write, p_reasoning, p_usd, p_actual, p_byok, p_now);
    RETURN QUERY SELECT 'settled'::text, v_status, acc.regular + v_regular + acc.bonus + v_bonus;
END
$$;

CREATE FUNCTION credit_settle_batch(p_ids uuid[], p_actuals numeric[], p_nows timestamptz[], p_inputs bigint[],
                                    p_outputs bigint[], p_cache_reads bigint[], p_cache_writes bigint[],
                                    p_reasonings bigint[], p_usds numeric[], p_byoks boolean[])
    RETURNS TABLE (o_index integer, o_outcome text, o_status text, o_remaining numeric)
    LANGUAGE plpgsql AS $$
BEGIN
    FOR i IN 1 .. coalesce(array_length(p_ids, 1), 0) LOOP
        RETURN QUERY SELECT i, s.o_outcome, s.o_status, s.o_remaining
                       FROM credit_settle(p_ids[i], p_actuals[i], p_nows[i], p_inputs[i], p_outputs[i],
                                          p_cache_reads[i], p_cache_writes[i], p_reasonings[i], p_usds[i],
                                          p_byoks[i]) s;
    END LOOP;
END
$$;
