package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.ComposioAction;
import ai.iiagent.domain.integrations.ComposioErrors;
import ai.iiagent.domain.integrations.ComposioSlugs;
import ai.iiagent.domain.integrations.ComposioToolkit;
import ai.iiagent.domain.integrations.ComposioToolkitPage;
import ai.iiagent.port.in.integrations.BrowseComposioToolkitsUseCase;
import ai.iiagent.port.out.integrations.ComposioPort;
import java.util.List;

/** The catalogue, with the request's values checked before they reach Composio. */
public final class BrowseComposioToolkitsService implements BrowseComposioToolkitsUseCase {

    private static final int MAX_TEXT = 100;

    private final ComposioPort composio;

    public BrowseComposioToolkitsService(ComposioPort composio) {
        this.composio = composio;
    }

    @Override
    public boolean configured() {
        return composio.configured();
    }

    @Override
    public ComposioToolkitPage toolkits(String search, String category, int limit, String cursor) {
        requireConfigured();
        if (limit < 1 || limit > 100) {
            throw ComposioErrors.invalid("limit is 1 to 100");
        }
        return composio.toolkits(text(search, "search"), category == null || category.isBlank() ? null
                : ComposioSlugs.toolkit(category), limit, text(cursor, "cursor"));
    }

    @Override
    public ComposioToolkit toolkit(String slug) {
        requireConfigured();
        return composio.toolkit(ComposioSlugs.toolkit(slug));
    }

    @Override
    public List<ComposioAction> actions(String slug, int limit) {
        requireConfigured();
        if (limit < 1 || limit > ComposioSlugs.MAX_TOOLS) {
            throw ComposioErrors.invalid("limit is 1 to " + ComposioSlugs.MAX_TOOLS);
        }
        return composio.actions(ComposioSlugs.toolkit(slug), limit);
    }

    private void requireConfigured() {
        if (!composio.configured()) {
            throw ComposioErrors.notConfigured();
        }
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw ComposioErrors.invalid(field + " has at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }
}
