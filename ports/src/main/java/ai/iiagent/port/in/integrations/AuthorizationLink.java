package ai.iiagent.port.in.integrations;

import java.time.Instant;

/** Where to send the user to grant access, the state the callback must carry back, and until when it is valid. */
public record AuthorizationLink(String authUrl, String state, Instant expiresAt) {

    @Override
    public String toString() {
        return "AuthorizationLink[" + expiresAt + "]";
    }
}
