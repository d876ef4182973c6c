package ai.iiagent.adapter.sandbox.e2b;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the E2B sandbox (read in bootstrap).
 *
 * @param apiUrl          the control plane, {@code https://api.e2b.app}
 * @param apiKey          {@code E2B_API_KEY} (sent as {@code X-API-Key}, never logged)
 * @param template        the sandbox template id or alias
 * @param timeout         how long E2B keeps a sandbox without calls before it pauses it (auto-pause)
 * @param envdUrl         where a sandbox's envd (and its ports) answer: {@code {port}}, {@code {sandbox}} and
 *                        {@code {domain}} are replaced; {@code https://{port}-{sandbox}.{domain}} for E2B itself
 * @param requestTimeout  control-plane and file calls
 */
public record E2bSandboxConfig(String apiUrl, String apiKey, String template, Duration timeout, String envdUrl,
                               Duration requestTimeout) {

    public E2bSandboxConfig {
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(envdUrl, "envdUrl");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("SANDBOX_PROVIDER=e2b needs E2B_API_KEY");
        }
        apiUrl = apiUrl.replaceAll("/+$", "");
    }

    @Override
    public String toString() {
        return "E2bSandboxConfig[" + apiUrl + ", template " + template + ", key ***]";
    }
}
