package ai.iiagent.domain.integrations;

import java.util.Arrays;

/** A Composio connected account's status as Composio reports it ({@code ACTIVE}, {@code INITIATED}, ...). */
public enum ComposioConnectionStatus {
    INITIALIZING, INITIATED, ACTIVE, FAILED, EXPIRED, INACTIVE, REVOKED;

    /** Unknown values (a status Composio adds later) count as not active yet. */
    public static ComposioConnectionStatus parse(String value) {
        return Arrays.stream(values()).filter(status -> status.name().equals(value)).findFirst().orElse(INITIALIZING);
    }

    public boolean active() {
        return this == ACTIVE;
    }

    /** The account will not become active without connecting again. */
    public boolean gone() {
        return this == FAILED || this == EXPIRED || this == REVOKED || this == INACTIVE;
    }
}
