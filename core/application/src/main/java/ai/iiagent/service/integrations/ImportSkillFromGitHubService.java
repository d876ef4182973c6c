package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.GitHubSkillUrl;
import ai.iiagent.domain.settings.SettingsValidationException;
import ai.iiagent.domain.settings.SkillPackageLimits;
import ai.iiagent.domain.settings.UserSkill;
import ai.iiagent.port.in.integrations.ImportSkillFromGitHubCommand;
import ai.iiagent.port.in.integrations.ImportSkillFromGitHubUseCase;
import ai.iiagent.port.in.settings.UploadSkillCommand;
import ai.iiagent.port.in.settings.UploadSkillUseCase;
import ai.iiagent.port.out.integrations.RepositoryCheckoutPort;
import ai.iiagent.port.out.integrations.RepositoryCheckoutPort.CheckedOutFile;
import ai.iiagent.port.out.integrations.RepositoryCheckoutPort.Checkout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Clones the public repository anonymously on the server, packs the named folder as a zip and hands
 * it to the ordinary upload, so a GitHub skill passes exactly the checks an uploaded zip does. The
 * folder is bounded before packing (entry count and bytes) so a large repository never becomes a
 * large zip in memory.
 */
public final class ImportSkillFromGitHubService implements ImportSkillFromGitHubUseCase {

    private final RepositoryCheckoutPort checkouts;
    private final UploadSkillUseCase upload;
    private final SkillPackageLimits limits;

    public ImportSkillFromGitHubService(RepositoryCheckoutPort checkouts, UploadSkillUseCase upload,
                                        SkillPackageLimits limits) {
        this.checkouts = checkouts;
        this.upload = upload;
        this.limits = limits;
    }

    @Override
    public UserSkill importSkill(ImportSkillFromGitHubCommand command) {
        GitHubSkillUrl url = GitHubSkillUrl.parse(command.url());
        byte[] zip;
        try (Checkout checkout = checkouts.checkout(url.repository(), url.branch(), null)) {
            String prefix = url.path().isEmpty() ? "" : url.path() + "/";
            List<CheckedOutFile> files = checkout.files().stream().filter(file -> file.path().startsWith(prefix)).toList();
            if (files.isEmpty()) {
                throw new SettingsValidationException(ConnectorErrors.SKILL_MD_MISSING, "there are no files at " + command.url());
            }
            if (files.size() > limits.maxEntries()) {
                throw new SettingsValidationException(ConnectorErrors.SKILL_TOO_MANY_ENTRIES,
                        "the folder has more than " + limits.maxEntries() + " files");
            }
            if (files.stream().mapToLong(CheckedOutFile::size).sum() > limits.maxTotalBytes()) {
                throw new SettingsValidationException(ConnectorErrors.SKILL_TOO_LARGE,
                        "the folder is larger than " + limits.maxTotalBytes() + " bytes");
            }
            zip = pack(files, prefix);
        }
        return upload.upload(new UploadSkillCommand(command.caller(), zip));
    }

    private static byte[] pack(List<CheckedOutFile> files, String prefix) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (CheckedOutFile file : files) {
                zip.putNextEntry(new ZipEntry(file.path().substring(prefix.length())));
                try (InputStream in = file.open()) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
