package ai.iiagent.domain.files;

import ai.iiagent.domain.users.UserId;
import java.util.regex.Pattern;

/**
 * Where an object lives in storage, relative to the bucket or storage root
 * ({@code users/{uid}/media/{assetId}.png}). Keys are built from ids and a sanitised extension, so a
 * user-supplied name can never steer them; a parsed key must consist of plain segments
 * (letters, digits, {@code . _ -}, no {@code .} or {@code ..} segment, no leading slash, no backslash).
 */
public record ObjectKey(String value) {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
    private static final int MAX_LENGTH = 512;

    public ObjectKey {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidObjectKeyException();
        }
        for (String segment : value.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..")) {
                throw new InvalidObjectKeyException();
            }
        }
    }

    /** {@code users/{uid}/media|docs|avatar/{assetId}[.ext]}, the reference system's layout. */
    public static ObjectKey forAsset(UserId owner, AssetId asset, AssetPurpose purpose, FileName name,
                                     ContentType type) {
        String folder = purpose == AssetPurpose.AVATAR ? "avatar"
                : switch (type.type()) {
                    case "image", "video", "audio" -> "media";
                    default -> "docs";
                };
        String ext = name.extension();
        return new ObjectKey("users/" + owner.value() + "/" + folder + "/" + asset.value() + (ext.isEmpty() ? "" : "." + ext));
    }

    @Override
    public String toString() {
        return value;
    }
}
