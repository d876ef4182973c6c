package ai.iiagent.service.agents;

import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces the session's saved secret values with {@code ***} in what a tool returns, before the
 * model, the event log or the UI see it (a command that prints a secret shows {@code ***}). Values
 * shorter than {@link #MIN_LENGTH} are left alone: masking every "ab" would garble any output.
 */
final class SecretMask {

    static final int MIN_LENGTH = 4;
    static final String MASK = "***";
    static final SecretMask NONE = new SecretMask(List.of());

    private final List<String> values;

    SecretMask(Collection<String> secrets) {
        // Longest first, so a secret that contains another is masked whole.
        this.values = secrets.stream().filter(value -> value.length() >= MIN_LENGTH).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    ToolOutcome apply(ToolOutcome outcome) {
        if (values.isEmpty()) {
            return outcome;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> display = (Map<String, Object>) masked(outcome.display());
        return new ToolOutcome(masked(outcome.text()), display, outcome.error(), outcome.cost());
    }

    String masked(String text) {
        String result = text;
        for (String value : values) {
            result = result.replace(value, MASK);
        }
        return result;
    }

    private Object masked(Object value) {
        if (value instanceof String text) {
            return masked(text);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), masked(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(masked(item)));
            return copy;
        }
        return value;
    }
}
