package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.integrations.ComposioProfile;

/** A pending profile and the page where the user authorises it (null when the toolkit needs none). */
public record ComposioConnectStarted(ComposioProfile profile, String redirectUrl) {
}
