package ai.iiagent.adapter.tools.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The text editor's view, str_replace and insert. */
class TextEditorTest {

    private static final String FILE = "/workspace/f.txt";

    @Test
    void givenAFile_whenViewed_thenLinesAreNumbered_andARangeWorks() {
        assertThat(TextEditor.view(FILE, "a\nb\nc\n", null))
                .isEqualTo("Here's the result of running `cat -n` on /workspace/f.txt:\n     1\ta\n     2\tb\n     3\tc\n");
        assertThat(TextEditor.view(FILE, "a\nb\nc\n", List.of(2, -1))).endsWith("     2\tb\n     3\tc\n")
                .doesNotContain("\ta\n");
        assertThatThrownBy(() -> TextEditor.view(FILE, "a\n", List.of(3, 4))).hasMessageContaining("Invalid `view_range`");
        assertThatThrownBy(() -> TextEditor.view(FILE, "a\nb\n", List.of(2, 1))).hasMessageContaining("second element");
    }

    @Test
    void givenALongFile_whenViewed_thenOutputIsClippedAt500Lines() {
        String content = IntStream.rangeClosed(1, 800).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")) + "\n";

        String view = TextEditor.view(FILE, content, null);

        assertThat(view).contains("   500\tline 500\n").doesNotContain("line 501").contains("lines 1-500 of 800");
    }

    @Test
    void givenAUniqueOldStr_thenItIsReplaced_withASnippet() {
        TextEditor.Edited edited = TextEditor.strReplace(FILE, "x = 1\ny = 2\n", "y = 2", "y = 3");

        assertThat(edited.content()).isEqualTo("x = 1\ny = 3\n");
        assertThat(edited.message()).contains("has been edited").contains("     2\ty = 3");
    }

    @Test
    void givenAMissingOrRepeatedOldStr_thenNothingIsReplaced() {
        assertThatThrownBy(() -> TextEditor.strReplace(FILE, "a\n", "b", "c"))
                .hasMessage("No replacement was performed, old_str `b` did not appear verbatim in /workspace/f.txt.");
        assertThatThrownBy(() -> TextEditor.strReplace(FILE, "a\nb\na\n", "a", "c"))
                .hasMessageContaining("Multiple occurrences of old_str `a` in lines [1, 3]");
    }

    @Test
    void givenAnInsertLine_thenTheTextGoesAfterIt_andOutOfRangeIsRefused() {
        assertThat(TextEditor.insert(FILE, "a\nc\n", 1, "b").content()).isEqualTo("a\nb\nc\n");
        assertThat(TextEditor.insert(FILE, "a\n", 0, "top\n").content()).isEqualTo("top\na\n");
        assertThat(TextEditor.insert(FILE, "a\n", 1, "x\ny").content()).isEqualTo("a\nx\ny\n");
        assertThatThrownBy(() -> TextEditor.insert(FILE, "a\n", 5, "x"))
                .hasMessageContaining("Invalid `insert_line` parameter: 5").hasMessageContaining("[0, 1]");
    }

    @Test
    void givenPathsFromTheModel_thenWorkspacePathsAreRelative_andOthersRefused() {
        assertThat(WorkspaceFiles.relative("/workspace/src/a.py")).isEqualTo("src/a.py");
        assertThat(WorkspaceFiles.relative("./src/a.py")).isEqualTo("src/a.py");
        assertThat(WorkspaceFiles.relative("/workspace")).isEmpty();
        assertThatThrownBy(() -> WorkspaceFiles.relative("/etc/passwd")).hasMessageContaining("outside your workspace");
    }
}
