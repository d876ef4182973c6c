package ai.iiagent.adapter.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class McpToolNamesTest {

    @Test
    void givenPlainNames_thenTheNameIsMcpServerTool() {
        assertThat(McpToolNames.of("github", "create_issue", Set.of())).isEqualTo("mcp_github_create_issue");
    }

    @Test
    void givenCharactersModelsRefuse_thenTheyBecomeUnderscores() {
        assertThat(McpToolNames.of("my-server", "files.read/all ünïcode", Set.of()))
                .isEqualTo("mcp_my-server_files_read_all__n_code").matches("[A-Za-z0-9_-]{1,64}");
    }

    @Test
    void givenAVeryLongName_thenItIsShortenedWithAStableHash_andTwoLongNamesStayDistinct() {
        String tool = "a_tool_with_a_really_long_descriptive_name_that_goes_on_and_on";
        String first = McpToolNames.of("server", tool + "_one", Set.of());
        String second = McpToolNames.of("server", tool + "_two", Set.of());
        assertThat(first).hasSize(McpToolNames.MAX_LENGTH).startsWith("mcp_server_a_tool").isNotEqualTo(second);
        assertThat(McpToolNames.of("server", tool + "_one", Set.of())).isEqualTo(first);
    }

    @Test
    void givenNamesThatCleanToTheSameText_thenACounterKeepsThemApart() {
        Set<String> taken = new HashSet<>();
        String a = McpToolNames.of("s", "read.file", taken);
        taken.add(a);
        String b = McpToolNames.of("s", "read/file", taken);
        taken.add(b);
        String c = McpToolNames.of("s", "read file", taken);
        assertThat(a).isEqualTo("mcp_s_read_file");
        assertThat(b).isEqualTo("mcp_s_read_file_2");
        assertThat(c).isEqualTo("mcp_s_read_file_3");
    }
}
