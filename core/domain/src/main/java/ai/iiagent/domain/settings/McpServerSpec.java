package ai.iiagent.domain.settings;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One MCP server as a user wrote it (plaintext secrets), before sealing. {@link #validate()} checks
 * the shape: a name of letters, digits, {@code _} and {@code -}; exactly one of command or url;
 * an http(s) url; bounded sizes. A secret value equal to {@link #MASK} means "keep the stored one".
 */
public record McpServerSpec(String name, String command, List<String> args, Map<String, String> env, String url,
                            Map<String, String> headers, String transport) {

    public static final String MASK = "***";
    public static final int MAX_SERVERS = 32;
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,127}");
    static final int MAX_ITEMS = 64;
    static final int MAX_VALUE = 8192;

    public McpServerSpec {
        args = args == null ? List.of() : List.copyOf(args);
        env = env == null ? Map.of() : Map.copyOf(env);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public boolean isStdio() {
        return command != null;
    }

    public McpServerSpec validate() {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new SettingsValidationException("invalid_mcp_server_name",
                    "server names are 1-64 letters, digits, '_' or '-', starting with a letter or digit: '" + name + "'");
        }
        if ((command == null) == (url == null)) {
            throw new SettingsValidationException("mcp_server_needs_command_or_url",
                    "server '" + name + "' needs exactly one of command (stdio) or url (http/sse)");
        }
        if (isStdio()) {
            requireText(command, "command");
            if (!headers.isEmpty() || transport != null) {
                throw invalid("stdio servers take command, args and env only");
            }
        } else {
            BaseUrl.httpUri(url, "invalid_mcp_server_url", "server '" + name + "' url");
            McpTransport.parse(transport);
            if (!args.isEmpty() || !env.isEmpty()) {
                throw invalid("remote servers take url, headers and transport only");
            }
        }
        checkSizes();
        return this;
    }

    private void checkSizes() {
        if (args.size() > MAX_ITEMS || env.size() > MAX_ITEMS || headers.size() > MAX_ITEMS) {
            throw new SettingsValidationException("mcp_config_too_large",
                    "server '" + name + "': at most " + MAX_ITEMS + " args, env entries and headers");
        }
        args.forEach(arg -> requireValue(Objects.requireNonNull(arg, "arg"), "args"));
        for (Map<String, String> map : List.of(env, headers)) {
            map.forEach((key, value) -> {
                if (!KEY.matcher(key).matches()) {
                    throw invalid("'" + key + "' is not a valid env or header name");
                }
                requireValue(value, key);
            });
        }
    }

    private void requireText(String value, String field) {
        if (value.isBlank()) {
            throw invalid(field + " must not be blank");
        }
        requireValue(value, field);
    }

    private void requireValue(String value, String field) {
        if (value == null || value.length() > MAX_VALUE) {
            throw new SettingsValidationException("mcp_config_too_large",
                    "server '" + name + "': " + field + " must be a string of at most " + MAX_VALUE + " characters");
        }
    }

    private SettingsValidationException invalid(String message) {
        return new SettingsValidationException("invalid_mcp_config", "server '" + name + "': " + message);
    }

    @Override
    public String toString() {
        return "McpServerSpec[" + name + ", " + (url != null ? url : command) + ", env " + env.keySet() + ", headers "
                + headers.keySet() + "]";
    }
}
