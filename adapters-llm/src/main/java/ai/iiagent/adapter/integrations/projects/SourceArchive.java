package ai.iiagent.adapter.integrations.projects;

import ai.iiagent.domain.projects.DeploymentErrors;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.port.out.projects.BuiltSiteFilesPort.SiteFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A project's files as a gzipped POSIX ustar archive, the source format Cloud Build unpacks
 * ({@code source.storageSource}: "a gzipped archive file (.tar.gz)"). Regular files only, mode 644
 * (755 for {@code *.sh}), owner 0, a fixed modification time so the same files give the same bytes.
 */
final class SourceArchive {

    private static final int BLOCK = 512;

    private SourceArchive() {
    }

    static byte[] tarGz(List<SiteFile> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            for (SiteFile file : files) {
                gzip.write(header(file.path(), file.content().length, file.path().endsWith(".sh") ? 0755 : 0644));
                gzip.write(file.content());
                pad(gzip, file.content().length);
            }
            gzip.write(new byte[2 * BLOCK]); // end of archive
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] header(String path, long size, int mode) {
        byte[] name = path.getBytes(StandardCharsets.UTF_8);
        byte[] prefix = new byte[0];
        if (name.length > 100) { // ustar: the directories go to the 155-byte prefix, split at a slash
            int split = path.lastIndexOf('/', Math.min(path.length() - 1, 155));
            while (split > 0 && (path.substring(0, split).getBytes(StandardCharsets.UTF_8).length > 155
                    || path.substring(split + 1).getBytes(StandardCharsets.UTF_8).length > 100)) {
                split = path.lastIndexOf('/', split - 1);
            }
            if (split <= 0) {
                throw new UpstreamFailureException(DeploymentErrors.DEPLOY_FAILED, "a file path is too long to archive: "
                        + path.substring(0, 80) + "…");
            }
            prefix = path.substring(0, split).getBytes(StandardCharsets.UTF_8);
            name = path.substring(split + 1).getBytes(StandardCharsets.UTF_8);
        }
        byte[] header = new byte[BLOCK];
        System.arraycopy(name, 0, header, 0, name.length);
        octal(header, 100, 8, mode);
        octal(header, 108, 8, 0);
        octal(header, 116, 8, 0);
        octal(header, 124, 12, size);
        octal(header, 136, 12, 0);
        header[156] = '0';
        System.arraycopy("ustar\0".getBytes(StandardCharsets.US_ASCII), 0, header, 257, 6);
        header[263] = '0';
        header[264] = '0';
        System.arraycopy(prefix, 0, header, 345, prefix.length);
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        long checksum = 0;
        for (byte b : header) {
            checksum += b & 0xff;
        }
        octal(header, 148, 7, checksum);
        return header;
    }

    // Zero-padded octal digits and a NUL in the field's last byte.
    private static void octal(byte[] header, int offset, int length, long value) {
        String digits = Long.toOctalString(value);
        if (digits.length() > length - 1) {
            throw new UpstreamFailureException(DeploymentErrors.DEPLOY_FAILED, "a file is too large to archive");
        }
        digits = "0".repeat(length - 1 - digits.length()) + digits;
        System.arraycopy(digits.getBytes(StandardCharsets.US_ASCII), 0, header, offset, length - 1);
        header[offset + length - 1] = 0;
    }

    private static void pad(OutputStream out, long size) throws IOException {
        int rest = (int) (size % BLOCK);
        if (rest != 0) {
            out.write(new byte[BLOCK - rest]);
        }
    }
}
