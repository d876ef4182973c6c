package ai.iiagent.domain.settings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A checked skill package: a zip with {@code SKILL.md} at its root or inside its single top folder.
 * {@link #inspect} refuses, before anything is stored: oversized packages, too many entries,
 * oversized entries (declared or actual), paths with {@code ..}, a leading {@code /}, a drive
 * letter or a backslash, symbolic links, and archives that inflate beyond the allowed ratio.
 */
public record SkillPackage(SkillManifest manifest, int fileCount, long totalBytes) {

    private static final String SKILL_MD = "SKILL.md";

    public static SkillPackage inspect(byte[] zip, SkillPackageLimits limits) {
        if (zip == null || zip.length == 0) {
            throw refused("invalid_skill_package", "the package is empty");
        }
        if (zip.length > limits.maxPackageBytes()) {
            throw refused("skill_package_too_large", "the package is larger than " + limits.maxPackageBytes() + " bytes");
        }
        List<ZipCentralDirectory.Entry> entries = ZipCentralDirectory.read(zip);
        if (entries.size() > limits.maxEntries()) {
            throw refused("skill_package_too_many_entries", "the package has more than " + limits.maxEntries() + " entries");
        }
        Set<String> names = new HashSet<>();
        for (ZipCentralDirectory.Entry entry : entries) {
            checkPath(entry.name());
            if (entry.isSymlink()) {
                throw refused("skill_entry_symlink_refused", "symbolic links are not accepted: " + entry.name());
            }
            if (entry.size() > limits.maxEntryBytes()) {
                throw tooLargeEntry(entry.name(), limits);
            }
            if (!names.add(entry.name())) {
                throw refused("invalid_skill_package", "duplicate entry " + entry.name());
            }
        }
        String skillMdPath = skillMdPath(names);
        return readAll(zip, names, skillMdPath, limits);
    }

    private static SkillPackage readAll(byte[] zip, Set<String> names, String skillMdPath, SkillPackageLimits limits) {
        long total = 0;
        int files = 0;
        String skillMd = null;
        byte[] chunk = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!names.contains(entry.getName())) {
                    throw refused("invalid_skill_package", "entry outside the central directory: " + entry.getName());
                }
                var content = new java.io.ByteArrayOutputStream();
                long entryBytes = 0;
                for (int read = in.read(chunk); read > 0; read = in.read(chunk)) {
                    entryBytes += read;
                    total += read;
                    if (entryBytes > limits.maxEntryBytes()) {
                        throw tooLargeEntry(entry.getName(), limits);
                    }
                    if (total > limits.maxTotalBytes() || total > (long) zip.length * limits.maxCompressionRatio()) {
                        throw refused("skill_package_ratio_exceeded",
                                "the package inflates beyond " + limits.maxTotalBytes() + " bytes or "
                                        + limits.maxCompressionRatio() + "x its size");
                    }
                    if (entry.getName().equals(skillMdPath)) {
                        content.write(chunk, 0, read);
                    }
                }
                files += entry.isDirectory() ? 0 : 1;
                if (entry.getName().equals(skillMdPath)) {
                    skillMd = content.toString(StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw refused("invalid_skill_package", "the package is not a readable zip: " + e.getMessage());
        }
        if (skillMd == null) {
            throw refused("skill_md_missing", "SKILL.md was listed but could not be read");
        }
        return new SkillPackage(SkillManifest.parse(skillMd), files, total);
    }

    static void checkPath(String name) {
        boolean refused = name.isEmpty() || name.length() > 512 || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0
                || name.startsWith("/") || name.matches("^[A-Za-z]:.*");
        for (String segment : name.split("/", -1)) {
            refused |= segment.equals("..") || segment.equals(".");
        }
        refused |= name.contains("//");
        if (refused) {
            throw refused("skill_entry_path_refused", "unsafe path in package: " + name);
        }
    }

    private static String skillMdPath(Set<String> names) {
        if (names.contains(SKILL_MD)) {
            return SKILL_MD;
        }
        Set<String> tops = new HashSet<>();
        names.forEach(name -> tops.add(name.contains("/") ? name.substring(0, name.indexOf('/')) : ""));
        if (tops.size() == 1 && !tops.contains("") && names.contains(tops.iterator().next() + "/" + SKILL_MD)) {
            return tops.iterator().next() + "/" + SKILL_MD;
        }
        throw refused("skill_md_missing", "the package needs SKILL.md at its root or inside its one top folder");
    }

    private static SettingsValidationException tooLargeEntry(String name, SkillPackageLimits limits) {
        return refused("skill_entry_too_large", name + " is larger than " + limits.maxEntryBytes() + " bytes");
    }

    private static SettingsValidationException refused(String code, String message) {
        return new SettingsValidationException(code, message);
    }
}
