package ai.iiagent.domain.integrations;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The shapes of Composio names that go into URLs and bodies: toolkit slugs and tool slugs. */
public final class ComposioSlugs {

    private static final Pattern TOOLKIT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern TOOL = Pattern.compile("[A-Z0-9][A-Z0-9_]{0,127}");
    /** Tools one profile may select. */
    public static final int MAX_TOOLS = 200;

    private ComposioSlugs() {
    }

    /** A toolkit slug, lower-cased ({@code gmail}, {@code google_drive}). */
    public static String toolkit(String slug) {
        String lower = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        if (!TOOLKIT.matcher(lower).matches()) {
            throw ComposioErrors.invalid("a toolkit slug has letters, digits, '_' and '-' only");
        }
        return lower;
    }

    /** Tool slugs as Composio spells them ({@code GMAIL_SEND_EMAIL}), without duplicates. */
    public static List<String> tools(List<String> slugs) {
        if (slugs == null || slugs.size() > MAX_TOOLS) {
            throw ComposioErrors.invalid("send 0 to " + MAX_TOOLS + " tool slugs");
        }
        return slugs.stream().map(slug -> slug == null ? "" : slug.strip().toUpperCase(Locale.ROOT)).peek(slug -> {
            if (!TOOL.matcher(slug).matches()) {
                throw ComposioErrors.invalid("'" + slug + "' is not a tool slug (letters, digits and '_')");
            }
        }).distinct().toList();
    }
}
