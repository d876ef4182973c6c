package ai.iiagent.port.out.llm;

/**
 * How a model samples its answer, when the caller chose: {@code temperature} (0..2, null: the
 * provider's default) and {@code reasoningEffort} ({@code minimal}, {@code low}, {@code medium},
 * {@code high}; null: the provider's default). Providers that know neither ignore them.
 */
public record LlmSampling(Double temperature, String reasoningEffort) {

    /** The provider's defaults. */
    public static final LlmSampling DEFAULT = new LlmSampling(null, null);
}
