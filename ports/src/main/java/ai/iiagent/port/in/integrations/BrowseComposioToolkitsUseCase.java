package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.integrations.ComposioAction;
import ai.iiagent.domain.integrations.ComposioToolkit;
import ai.iiagent.domain.integrations.ComposioToolkitPage;
import java.util.List;

/** Composio's toolkit catalogue, for the toolkit browser (no user data involved). */
public interface BrowseComposioToolkitsUseCase {

    /** Whether the server has a Composio API key (the web UI asks before it offers the catalogue). */
    boolean configured();

    /** A page of toolkits; {@code limit} 1 to 100, the rest optional. */
    ComposioToolkitPage toolkits(String search, String category, int limit, String cursor);

    /** One toolkit; {@code composio_toolkit_not_found} when Composio has none of that slug. */
    ComposioToolkit toolkit(String slug);

    /** The tools of one toolkit (what a profile's tool selection can name), up to {@code limit} (1 to 200). */
    List<ComposioAction> actions(String slug, int limit);
}
