-- Group commit across accounts (issue #25): one batch may now carry holds or settlements of several
-- accounts. Each batch first locks all of its accounts in user_id order, so two batches (on this node or
-- another) never wait on each other's rows in opposite orders; then it applies its operations in order as
-- before (each function locks its account again, which it already holds).

CREATE OR REPLACE FUNCTION credit_hold_batch(p_users uuid[], p_keys text[], p_mins numeric[], p_amounts numeric[],
                                             p_caps integer[], p_ids uuid[], p_sessions uuid[], p_runs uuid[],
                                             p_providers text[], p_models text[], p_tools text[],
                                             p_nows timestamptz[], p_expires timestamptz[])
    RETURNS TABLE (o_index integer, o_outcome text, o_from_bonus numeric, o_from_regular numeric)
    LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(array_length(p_users, 1), 0) > 1 THEN
        PERFORM 1 FROM credit_accounts WHERE user_id = ANY (p_users) ORDER BY user_id FOR UPDATE;
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
BEGIN
    IF coalesce(array_length(p_ids, 1), 0) > 1 THEN
        PERFORM 1 FROM credit_accounts
         WHERE user_id IN (SELECT r.user_id FROM credit_reservations r WHERE r.id = ANY (p_ids))
         ORDER BY user_id FOR UPDATE;
    END IF;
    FOR i IN 1 .. coalesce(array_length(p_ids, 1), 0) LOOP
        RETURN QUERY SELECT i, s.o_outcome, s.o_status, s.o_remaining
                       FROM credit_settle(p_ids[i], p_actuals[i], p_nows[i], p_inputs[i], p_outputs[i],
                                          p_cache_reads[i], p_cache_writes[i], p_reasonings[i], p_usds[i],
                                          p_byoks[i]) s;
    END LOOP;
END
$$;
