package ai.iiagent.adapter.sandbox.local;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Copies one workspace into another for a forked session: directories, regular files and links
 * (as links, never followed); anything else (fifos, sockets, devices) is skipped. Every copied
 * entry is owned by the target session's host uid.
 */
final class WorkspaceCopy {

    private WorkspaceCopy() {
    }

    static Void copy(Path source, Path target, int uid) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path to = target.resolve(source.relativize(dir).toString());
                if (!dir.equals(source)) {
                    Files.createDirectory(to);
                    Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS));
                    own(to, uid);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path to = target.resolve(source.relativize(file).toString());
                if (attrs.isSymbolicLink()) {
                    Files.createSymbolicLink(to, Files.readSymbolicLink(file));
                } else if (attrs.isRegularFile()) {
                    Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                } else {
                    return FileVisitResult.CONTINUE;
                }
                own(to, uid);
                return FileVisitResult.CONTINUE;
            }
        });
        return null;
    }

    private static void own(Path path, int uid) throws IOException {
        Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(path, "unix:gid", uid, LinkOption.NOFOLLOW_LINKS);
    }
}
