package ai.iiagent.domain.files;

/** An asset is pending from the upload request until the stored object has been verified. */
public enum AssetStatus {
    PENDING, READY;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static AssetStatus ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
