package ai.iiagent.port.out.llm;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import java.util.List;
import java.util.Objects;

/**
 * One model turn to run: the conversation, the tools on offer and the output cap. Metering sets
 * {@code maxOutputTokens} from the credit quote, so a provider never writes more than the
 * reservation pays for.
 */
public record LlmRequest(String provider, String modelId, LlmEndpoint endpoint, List<Message> messages,
                         List<ToolSpec> tools, int maxOutputTokens, LlmSampling sampling) {

    public LlmRequest {
        sampling = sampling == null ? LlmSampling.DEFAULT : sampling;
        Objects.requireNonNull(provider, "provider");
        endpoint = endpoint == null ? LlmEndpoint.DEFAULT : endpoint;
        Objects.requireNonNull(modelId, "modelId");
        messages = List.copyOf(messages);
        tools = tools == null ? List.of() : List.copyOf(tools);
        if (maxOutputTokens < 0) {
            throw new IllegalArgumentException("maxOutputTokens >= 0");
        }
    }

    /** A request with the provider's default sampling. */
    public LlmRequest(String provider, String modelId, LlmEndpoint endpoint, List<Message> messages,
                      List<ToolSpec> tools, int maxOutputTokens) {
        this(provider, modelId, endpoint, messages, tools, maxOutputTokens, LlmSampling.DEFAULT);
    }

    public LlmRequest(String provider, String modelId, List<Message> messages, int maxOutputTokens) {
        this(provider, modelId, LlmEndpoint.DEFAULT, messages, List.of(), maxOutputTokens);
    }

    public LlmRequest withMaxOutputTokens(int cap) {
        return new LlmRequest(provider, modelId, endpoint, messages, tools, cap, sampling);
    }

    /** Characters of all messages and tool schemas: the chars/4 input estimate of the credit quote. */
    public long characters() {
        long chars = messages.stream().mapToLong(Message::characters).sum();
        for (ToolSpec tool : tools) {
            chars += tool.name().length() + tool.description().length() + tool.parameters().toString().length();
        }
        return chars;
    }

    /** The text of the last user message (what the scripted offline model reacts to). */
    public String lastUserText() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role() == Role.USER) {
                return messages.get(i).text();
            }
        }
        return "";
    }
}
