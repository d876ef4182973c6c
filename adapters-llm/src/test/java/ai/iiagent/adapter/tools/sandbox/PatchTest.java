package ai.iiagent.adapter.tools.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The apply_patch format: parsing, applying, and refusing bad patches before anything changes. */
class PatchTest {

    private final Map<String, String> files = new HashMap<>();

    private List<Patch.Change> apply(String... lines) {
        return Patch.apply(Patch.parse(String.join("\n", lines)), path -> Optional.ofNullable(files.get(path)));
    }

    @Test
    void givenAnAddSection_thenTheFileGetsThePlusLinesWithAFinalNewline() {
        List<Patch.Change> changes = apply("*** Begin Patch", "*** Add File: src/hello.py", "+def hello():",
                "+    return 'hi'", "*** End Patch");

        assertThat(changes).containsExactly(new Patch.Change(Patch.Kind.ADD, "src/hello.py", null,
                "def hello():\n    return 'hi'\n"));
    }

    @Test
    void givenAnUpdateWithContext_thenOnlyTheMarkedLinesChange() {
        files.put("app.py", "import os\n\ndef main():\n    print('old')\n    return 0\n");

        List<Patch.Change> changes = apply("*** Begin Patch", "*** Update File: /workspace/app.py", "@@ def main():",
                "-    print('old')", "+    print('new')", "+    print('more')", "     return 0", "*** End Patch");

        assertThat(changes.get(0).path()).isEqualTo("app.py");
        assertThat(changes.get(0).content())
                .isEqualTo("import os\n\ndef main():\n    print('new')\n    print('more')\n    return 0\n");
    }

    @Test
    void givenSeveralHunks_thenEachIsFoundAfterThePreviousOne() {
        files.put("a.txt", "x\nsame\nx\nsame\n");

        String result = apply("*** Begin Patch", "*** Update File: a.txt", "@@", " x", "-same", "+first", "@@", " x",
                "-same", "+second", "*** End Patch").get(0).content();

        assertThat(result).isEqualTo("x\nfirst\nx\nsecond\n");
    }

    @Test
    void givenContextWithDifferentTrailingSpace_thenItStillMatches() {
        files.put("a.txt", "keep   \nold\n");

        assertThat(apply("*** Begin Patch", "*** Update File: a.txt", "@@", " keep", "-old", "+new", "*** End Patch")
                .get(0).content()).isEqualTo("keep   \nnew\n");
    }

    @Test
    void givenAnEndOfFileHunk_thenItMatchesTheLastLines() {
        files.put("a.txt", "end\nmiddle\nend\n");

        assertThat(apply("*** Begin Patch", "*** Update File: a.txt", "@@", "-end", "+END", "*** End of File",
                "*** End Patch").get(0).content()).isEqualTo("end\nmiddle\nEND\n");
    }

    @Test
    void givenAPureAddition_thenItGoesToTheEndOfTheFile() {
        files.put("a.txt", "one\n");

        assertThat(apply("*** Begin Patch", "*** Update File: a.txt", "@@", "+two", "*** End Patch").get(0).content())
                .isEqualTo("one\ntwo\n");
    }

    @Test
    void givenDeleteAndMove_thenTheChangesSayWhatHappensToEachFile() {
        files.put("old.txt", "content\n");
        files.put("gone.txt", "bye\n");

        List<Patch.Change> changes = apply("*** Begin Patch", "*** Update File: old.txt", "*** Move to: new/name.txt",
                "@@", "-content", "+moved content", "*** Delete File: gone.txt", "*** End Patch");

        assertThat(changes).containsExactly(
                new Patch.Change(Patch.Kind.UPDATE, "new/name.txt", "old.txt", "moved content\n"),
                new Patch.Change(Patch.Kind.DELETE, "gone.txt", null, null));
    }

    @Test
    void givenSectionsOnTheSameFile_thenLaterOnesSeeEarlierResults() {
        List<Patch.Change> changes = apply("*** Begin Patch", "*** Add File: n.txt", "+a", "*** Update File: n.txt",
                "@@", "-a", "+b", "*** End Patch");

        assertThat(changes.get(1).content()).isEqualTo("b\n");
    }

    @Test
    void givenACrlfFile_thenTheUpdateKeepsCrlf() {
        files.put("w.txt", "a\r\nb\r\n");

        assertThat(apply("*** Begin Patch", "*** Update File: w.txt", "@@", " a", "-b", "+c", "*** End Patch").get(0)
                .content()).isEqualTo("a\r\nc\r\n");
    }

    @Test
    void givenBadPatches_thenEachIsRefusedWithAReason() {
        files.put("a.txt", "real\n");
        assertThatThrownBy(() -> apply("*** Update File: a.txt", "-real")).hasMessageContaining("*** Begin Patch");
        assertThatThrownBy(() -> apply("*** Begin Patch", "*** End Patch")).hasMessageContaining("changes no file");
        assertThatThrownBy(() -> apply("*** Begin Patch", "*** Frobnicate File: a.txt", "*** End Patch"))
                .hasMessageContaining("unexpected line");
        assertThatThrownBy(() -> apply("*** Begin Patch", "*** Add File: b.txt", "no plus", "*** End Patch"))
                .hasMessageContaining("must start with '+'");
        assertThatThrownBy(() -> apply("*** Begin Patch", "*** Update File: a.txt", "@@", "-imagined", "+x",
                "*** End Patch")).hasMessageContaining("could not find these lines").hasMessageContaining("imagined");
        assertThatThrownBy(() -> apply("*** Begin Patch", "*** Update File: missing.txt", "@@", "-a", "+b",
                "*** End Patch")).hasMessageContaining("no such file");
        assertThatThrownBy(() -> apply("*** Begin Patch", "*** Delete File: missing.txt", "*** End Patch"))
                .hasMessageContaining("cannot delete");
        assertThatThrownBy(() -> apply("*** Begin Patch", "*** Update File: a.txt", "@@ def nowhere():", "-real",
                "+x", "*** End Patch")).hasMessageContaining("could not find the line 'def nowhere():'");
        assertThatThrownBy(() -> apply("*** Begin Patch", "*** Update File: a.txt", "@@", "*real", "*** End Patch"))
                .hasMessageContaining("must start with");
        assertThatThrownBy(() -> apply("*** Begin Patch", "*** Add File: /etc/passwd", "+x", "*** End Patch"))
                .hasMessageContaining("outside your workspace");
        assertThatThrownBy(() -> apply("*** Begin Patch", "*** Update File: a.txt", "*** End Patch"))
                .hasMessageContaining("no changes");
    }

    @Test
    void givenALaterSectionFails_thenNoChangeIsReturnedAtAll() {
        files.put("a.txt", "a\n");

        assertThatThrownBy(() -> apply("*** Begin Patch", "*** Add File: fine.txt", "+ok", "*** Update File: a.txt",
                "@@", "-zzz", "+y", "*** End Patch")).isInstanceOf(ToolInputException.class);
        assertThat(files).containsOnlyKeys("a.txt");
    }
}
