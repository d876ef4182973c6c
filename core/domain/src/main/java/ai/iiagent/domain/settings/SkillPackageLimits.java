package ai.iiagent.domain.settings;

/** Bounds on an uploaded skill package (all sizes in bytes); the operator sets them. */
public record SkillPackageLimits(long maxPackageBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes,
                                 int maxCompressionRatio) {

    public static final SkillPackageLimits DEFAULTS =
            new SkillPackageLimits(5L << 20, 200, 2L << 20, 20L << 20, 100);

    public SkillPackageLimits {
        if (maxPackageBytes <= 0 || maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxCompressionRatio <= 0) {
            throw new IllegalArgumentException("skill package limits are positive");
        }
    }
}
