package ai.iiagent.domain.files;

import java.util.Locale;

/** What an asset is for: a file the user uploaded (media library, attachments) or their avatar. */
public enum AssetPurpose {
    UPLOAD, AVATAR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AssetPurpose ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
