package ai.iiagent.port.in.billing;

import ai.iiagent.domain.credits.Credits;

/**
 * What one refresh run did: users looked at, users refreshed for the first time this period
 * (topped up or already at the allowance), and the credits granted in total.
 */
public record FreeCreditsRefresh(int usersChecked, int usersRefreshed, Credits granted) {
}
