package ai.iiagent.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The Codex and Claude Code CLIs the {@code codex} / {@code claude_code} agent types drive
 * ({@code coding-clis.*}, environment {@code CODING_CLI_*}; docs/connectors.md "Codex and Claude Code").
 */
@ConfigMapping(prefix = "coding-clis")
public interface CodingClisConfig {

    /** The npm executable that installs the CLIs on this machine. */
    @WithDefault("npm")
    String npm();

    /** Where installs are kept; default {@code <data dir>/coding-clis}. */
    Optional<String> installDir();

    /** The npm package of Codex (pinned). */
    @WithDefault("@openai/codex@0.171.0")
    String codexPackage();

    /** The npm package of Claude Code (pinned). */
    @WithDefault("@anthropic-ai/claude-code@2.1.332")
    String claudeCodePackage();

    @WithDefault("PT5M")
    Duration installTimeout();

    /** CPU-time limit of one CLI run. */
    @WithDefault("900")
    long cpuSeconds();

    /** RLIMIT_AS of a CLI run (Node's WebAssembly needs far more address space than memory). */
    @WithDefault("17179869184")
    long addressSpaceBytes();

    /** Whether the CLI's process shares the host's network (it must reach its model API). */
    @WithDefault("true")
    boolean network();

    /** Codex's {@code OPENAI_BASE_URL} (an OpenAI-compatible endpoint), default OpenAI's. */
    Optional<String> openaiBaseUrl();

    /** Claude Code's {@code ANTHROPIC_BASE_URL}, default Anthropic's. */
    Optional<String> anthropicBaseUrl();
}
