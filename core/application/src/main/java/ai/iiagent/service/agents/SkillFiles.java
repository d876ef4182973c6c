package ai.iiagent.service.agents;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.settings.Skill;
import ai.iiagent.domain.settings.SkillPackage;
import ai.iiagent.domain.settings.SkillPackageLimits;
import ai.iiagent.port.out.settings.SkillRepository;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Puts a skill package's files (scripts, templates, references beside its {@code SKILL.md}) into the
 * session's workspace at {@code .skills/<name>/} when the agent loads the skill, so instructions that
 * say "run scripts/x.sh" work. The package is checked again with the upload rules before anything is
 * written (paths, sizes, entry count, inflation ratio), and a package whose files sit in one top folder
 * is unpacked without that folder. Built-in skills have no package: nothing is copied.
 */
public final class SkillFiles {

    /** The workspace folder that holds the loaded skills' files. */
    static final String ROOT = ".skills";

    private final SkillRepository repository;
    private final WorkspaceWriter workspace;
    private final SkillPackageLimits limits;

    /**
     * Writes one file into a session's workspace (the sandbox's {@code writeFile}), creating parent folders;
     * the agents feature reaches the sandbox only through such narrow seams and its tools.
     */
    @FunctionalInterface
    public interface WorkspaceWriter {
        void write(SessionId session, String path, byte[] content, CreditReservation reservation);
    }

    public SkillFiles(SkillRepository repository, WorkspaceWriter workspace, SkillPackageLimits limits) {
        this.repository = repository;
        this.workspace = workspace;
        this.limits = limits;
    }

    /** What was copied: the workspace folder and how many files it received. */
    record Copied(String directory, int files) {
    }

    /** Copies the skill's package files into the session's workspace; empty when the skill has no package. */
    Optional<Copied> copy(SessionId session, Skill skill, CreditReservation reservation) {
        Optional<byte[]> zip = repository.packageOf(skill.id());
        if (zip.isEmpty()) {
            return Optional.empty();
        }
        SkillPackage.inspect(zip.get(), limits); // stored packages passed this at upload; limits may have tightened
        String directory = ROOT + "/" + skill.name();
        String prefix = topFolderPrefix(zip.get());
        int files = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.get()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
                    continue;
                }
                String relative = entry.getName().substring(prefix.length());
                workspace.write(session, directory + "/" + relative, in.readAllBytes(), reservation);
                files++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the stored package of skill " + skill.name(), e);
        }
        return Optional.of(new Copied(directory, files));
    }

    /** "top/" when every entry sits in one top folder holding SKILL.md (as inspect accepts it), else "". */
    private static String topFolderPrefix(byte[] zip) throws UncheckedIOException {
        String top = null;
        boolean rootSkillMd = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                rootSkillMd |= name.equals("SKILL.md");
                String first = name.contains("/") ? name.substring(0, name.indexOf('/') + 1) : "";
                top = top == null ? first : top.equals(first) ? top : "";
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a stored skill package", e);
        }
        return rootSkillMd || top == null ? "" : top;
    }
}
