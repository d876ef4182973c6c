package ai.iiagent.e2e.realtime;

import java.util.HashMap;
import java.util.Map;

/** The OpenAI stand-in, with chat summaries due as soon as a conversation has any history. */
public class SummarisingOpenAiStandIn extends OpenAiStandIn {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("chat.compaction-ratio", "0.000001");
        return config;
    }
}
