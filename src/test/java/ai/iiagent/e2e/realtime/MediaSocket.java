package ai.iiagent.e2e.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The socket steps of a media run, for the media tests in other packages (the helpers here are package-private). */
public final class MediaSocket {

    private MediaSocket() {
    }

    public static String newAccessToken() {
        return Realtime.newAccessToken();
    }

    public static String newSession(String token, String name) {
        return Realtime.newSession(token, name);
    }

    /** Runs one auto-approved query of {@code agentType} and answers the content of its first {@code results} tool results. */
    public static List<JsonNode> runQuery(String token, String session, String agentType, String text, int results)
            throws InterruptedException {
        try (SocketClient client = Realtime.nativeClient(token)) {
            Realtime.join(client, session, 0);
            client.await(Realtime.named("connection.established"), Realtime.WAIT);
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("command", "query");
            content.put("text", text);
            content.put("agent_type", agentType);
            content.put("auto_approve", true);
            client.send(Map.of("type", "chat_message", "data", Map.of("content", content)));
            List<JsonNode> answered = new ArrayList<>();
            for (int i = 0; i < results; i++) {
                answered.add(Realtime.event(client.await(Realtime.named("agent.tool.result"), Duration.ofSeconds(60)))
                        .path("content"));
            }
            client.await(Realtime.named("agent.complete"), Duration.ofSeconds(30));
            return answered;
        }
    }
}
