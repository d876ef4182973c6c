package ai.iiagent.adapter.tools.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Edit tool's exact string replacement. */
class StringEditTest {

    private static StringEdit.Result edit(String content, String oldString, String newString, boolean all) {
        return StringEdit.apply("/workspace/a.py", Optional.ofNullable(content), oldString, newString, all);
    }

    @Test
    void givenAUniqueString_thenItIsReplacedOnce_andTheChangedLinesAreKnown() {
        StringEdit.Result result = edit("one\ntwo\nthree\n", "two", "2\n2b", false);

        assertThat(result.content()).isEqualTo("one\n2\n2b\nthree\n");
        assertThat(result.replacements()).isEqualTo(1);
        assertThat(result.firstLine()).isEqualTo(2);
        assertThat(result.lastLine()).isEqualTo(3);
    }

    @Test
    void givenAStringThatIsNotThere_thenTheEditIsRefusedSayingItMustMatchExactly() {
        assertThatThrownBy(() -> edit("def f():\n    return 1\n", "def f():\n  return 1", "x", false))
                .isInstanceOf(ToolInputException.class).hasMessageContaining("was not found in /workspace/a.py")
                .hasMessageContaining("exactly");
    }

    @Test
    void givenSeveralMatches_thenASingleReplaceIsRefused_butReplaceAllChangesEveryOne() {
        assertThatThrownBy(() -> edit("x = 1\ny = x\nz = x\n", "x", "w", false))
                .isInstanceOf(ToolInputException.class).hasMessageContaining("occurs 3 times")
                .hasMessageContaining("replace_all");

        StringEdit.Result all = edit("x = 1\ny = x\nz = x\n", "x", "w", true);

        assertThat(all.content()).isEqualTo("w = 1\ny = w\nz = w\n");
        assertThat(all.replacements()).isEqualTo(3);
    }

    @Test
    void givenOverlappingCandidates_thenOccurrencesDoNotOverlap() {
        assertThat(StringEdit.occurrences("aaaa", "aa")).isEqualTo(2);
        assertThat(edit("aaaa", "aa", "b", true).content()).isEqualTo("bb");
    }

    @Test
    void givenNoFile_thenAnEmptyOldStringCreatesIt_andAnyOtherIsRefused() {
        assertThat(edit(null, "", "print('hi')\n", false).content()).isEqualTo("print('hi')\n");
        assertThatThrownBy(() -> edit(null, "a", "b", false)).isInstanceOf(ToolInputException.class)
                .hasMessageContaining("File does not exist");
    }

    @Test
    void givenAnEmptyOldString_thenOnlyAnEmptyFileIsFilled() {
        assertThat(edit("", "", "new\n", false).content()).isEqualTo("new\n");
        assertThatThrownBy(() -> edit("has content\n", "", "new", false)).isInstanceOf(ToolInputException.class)
                .hasMessageContaining("already has content");
    }

    @Test
    void givenTheSameOldAndNewString_thenNothingIsDone() {
        assertThatThrownBy(() -> edit("a\n", "a", "a", false)).isInstanceOf(ToolInputException.class)
                .hasMessageContaining("the same");
    }

    @Test
    void givenACrlfFile_whenTheModelWritesLf_thenTheEditStillApplies_keepingCrlf() {
        assertThat(edit("a\r\nb\r\nc\r\n", "a\nb", "A\nB", false).content()).isEqualTo("A\r\nB\r\nc\r\n");
    }

    @Test
    void givenAnEditedFile_thenTheSnippetShowsNumberedLinesAroundTheChange() {
        String content = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";

        assertThat(NumberedLines.snippet(content, 5, 5, 1)).isEqualTo("     4\t4\n     5\t5\n     6\t6\n");
        assertThat(NumberedLines.snippet(content, 1, 1, 3)).startsWith("     1\t1\n").endsWith("     4\t4\n");
    }
}
