-- The batches' account locks by primary-key lookups only (issue #25). V26_25 found a settlement batch's
-- accounts with one join over credit_reservations (id = ANY (ids)). PL/pgSQL caches that statement's plan
-- per connection; planned while the table was small (a fresh database, statistics not gathered yet), the
-- cached plan scanned the whole table and kept doing so as it grew: a benchmark run read 87 million rows
-- in 1,800 scans and settlements fell from ~2,000 to ~450 pairs/s. An equality on a primary key is planned
-- as an index lookup whatever the statistics say, so each reservation's account, and then each account's
-- row lock, is now one such lookup, still taken in user_id order.

CREATE OR REPLACE FUNCTION credit_hold_batch(p_users uuid[], p_keys text[], p_mins numeric[], p_amounts numeric[],
                                             p_caps integer[], p_ids uuid[], p_sessions uuid[], p_runs uuid[],
                                             p_providers text[], p_models text[], p_tools text[],
                                             p_nows timestamptz[], p_expires timestamptz[])
    RETURNS TABLE (o_index integer, o_outcome text, o_from_bonus numeric, o_from_regular numeric)
    LANGUAGE plpgsql AS $$
DECLARE
    v_user uuid;
BEGIN
    IF coalesce(array_length(p_users, 1), 0) > 1 THEN
        FOR v_user IN SELECT DISTINCT u FROM unnest(p_users) AS u ORDER BY u LOOP
            PERFORM 1 FROM credit_accounts WHERE user_id = v_user FOR UPDATE;
        END LOOP;
    END IF;
    FOR i IN 1 .. coalesce(array_length(p_users, 1), 0) LOOP
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
    LANGUAGE plpgsql AS $$
DECLARE
    v_users uuid[] := '{}';
    v_user  uuid;
BEGIN
    IF coalesce(array_length(p_ids, 1), 0) > 1 THEN
        FOR i IN 1 .. array_length(p_ids, 1) LOOP
            SELECT r.user_id INTO v_user FROM credit_reservations r WHERE r.id = p_ids[i];
            IF FOUND THEN
                v_users := v_users || v_user;
            END IF;
        END LOOP;
        FOR v_user IN SELECT DISTINCT u FROM unnest(v_users) AS u ORDER BY u LOOP
            PERFORM 1 FROM credit_accounts WHERE user_id = v_user FOR UPDATE;
        END LOOP;
    END IF;
    FOR i IN 1 .. coalesce(array_length(p_ids, 1), 0) LOOP
        RETURN QUERY SELECT i, s.o_outcome, s.o_status, s.o_remaining
                       FROM credit_settle(p_ids[i], p_actuals[i], p_nows[i], p_inputs[i], p_outputs[i],
                                          p_cache_reads[i], p_cache_writes[i], p_reasonings[i], p_usds[i],
                                          p_byoks[i]) s;
    END LOOP;
END
$$;
