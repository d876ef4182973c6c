package ai.iiagent.bootstrap.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code app.agents.*}: the agent runtime and the model providers configured by environment (docs/agents.md). */
public interface AgentsConfig {

    /** Model turns a run may take ({@code AGENT_MAX_TURNS}). */
    @WithDefault("200")
    int maxTurns();

    /** The same tool call this many times in a row stops the run. */
    @WithDefault("3")
    int loopThreshold();

    @WithDefault("20000")
    int maxToolOutputChars();

    Optional<String> systemPrompt();

    /** A run first summarises its history when it fills this share of the model's context window. */
    @WithDefault("0.9")
    double compactionRatio();

    /** The offline model's context window in tokens (small in tests, to see compaction). */
    @WithDefault("32000")
    int offlineContextWindow();

    /** Delay between the offline model's words (so streaming is visible). */
    @WithDefault("PT0.02S")
    Duration offlineWordDelay();

    /** {@code SESSION_TITLE_ENABLED}: a model writes each new session's title (billed); off: the first query, cut short. */
    @WithDefault("false")
    boolean titlesFromModel();

    /** {@code SESSION_TITLE_MODEL}: the model (id or model setting id) that writes titles; absent: the run's model. */
    Optional<String> titleModel();

    /** {@code SESSION_TITLE_TIMEOUT}: a title slower than this falls back to the cut query. */
    @WithDefault("PT10S")
    Duration titleTimeout();

    /** {@code OPENAI_API_KEY}: enables the OpenAI-compatible system model. */
    Optional<String> openaiApiKey();

    /** {@code OPENAI_BASE_URL}: any OpenAI-compatible server (OpenRouter, vLLM, Ollama, LiteLLM). */
    @WithDefault("https://api.openai.com/v1")
    String openaiBaseUrl();

    /** {@code OPENAI_MODEL}. */
    @WithDefault("gpt-4o-mini")
    String openaiModel();

    @WithDefault("16384")
    int openaiMaxOutputTokens();

    @WithDefault("128000")
    int openaiContextWindow();

    /** {@code ANTHROPIC_API_KEY}: enables an Anthropic model ({@code ANTHROPIC_MODEL}). */
    Optional<String> anthropicApiKey();

    @WithDefault("https://api.anthropic.com")
    String anthropicBaseUrl();

    @WithDefault("claude-sonnet-4-5")
    String anthropicModel();

    /** Extended thinking budget in tokens; 0 = off. */
    @WithDefault("0")
    int anthropicThinkingBudget();

    /** {@code GEMINI_API_KEY}: enables a Gemini model ({@code GEMINI_MODEL}). */
    Optional<String> geminiApiKey();

    @WithDefault("https://generativelanguage.googleapis.com")
    String geminiBaseUrl();

    @WithDefault("gemini-2.5-flash")
    String geminiModel();

    /** {@code APP_DEFAULT_MODEL}: which configured model runs when a query names none. */
    Optional<String> defaultModel();

    @WithDefault("3")
    int providerMaxAttempts();

    @WithDefault("PT0.5S")
    Duration providerInitialBackoff();

    @WithDefault("PT120S")
    Duration providerFirstByteTimeout();

    /** {@code app.agents.sub-agents.*}: the limits of {@code sub_agent_task} and {@code sub_agent_task_all}. */
    SubAgents subAgents();

    /** Sub-agent limits (docs/agents.md#sub-agents). */
    interface SubAgents {

        /** {@code SUB_AGENT_MAX_DEPTH}: a run is depth 0; a sub-agent at this depth cannot start another. */
        @WithDefault("2")
        int maxDepth();

        /** {@code SUB_AGENT_MAX_TURNS}: model turns one sub-agent may take. */
        @WithDefault("30")
        int maxTurns();

        /** {@code SUB_AGENT_MAX_PARALLEL}: sub-agents of one sub_agent_task_all call running at once. */
        @WithDefault("3")
        int maxParallel();

        /** Tasks one sub_agent_task_all call may hand out. */
        @WithDefault("8")
        int maxTasks();

        /** How long a delegation call may take before its sub-agents are stopped. */
        @WithDefault("PT30M")
        Duration timeout();
    }
}
