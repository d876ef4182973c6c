package ai.iiagent.adapter.media;

import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads what a provider's clip really is from its ISO media boxes, without decoding it: the length
 * from {@code moov/mvhd} (what is billed, whatever length was asked for) and the picture size from
 * the first track header ({@code moov/trak/tkhd}) with a non-zero size. Bytes that are not an MP4 are
 * refused as a provider error.
 */
public final class Mp4Probe {

    /** A clip's length in whole seconds (rounded, at least 1) and its pixel size. */
    public record Mp4Info(int seconds, double exactSeconds, int width, int height) {
    }

    private Mp4Probe() {
    }

    public static Mp4Info probe(byte[] mp4, String provider) {
        ByteBuffer data = ByteBuffer.wrap(mp4);
        if (mp4.length < 12 || !type(data, 4).equals("ftyp")) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, provider + "'s clip is not an MP4 file");
        }
        int[] moov = find(data, 0, mp4.length, "moov");
        int[] mvhd = moov == null ? null : find(data, moov[0], moov[1], "mvhd");
        if (mvhd == null) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, provider + "'s clip has no movie header");
        }
        int at = mvhd[0];
        int version = data.get(at) & 0xff;
        long timescale;
        long duration;
        if (version == 1) {
            timescale = Integer.toUnsignedLong(data.getInt(at + 20));
            duration = data.getLong(at + 24);
        } else {
            timescale = Integer.toUnsignedLong(data.getInt(at + 12));
            duration = Integer.toUnsignedLong(data.getInt(at + 16));
        }
        if (timescale == 0) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, provider + "'s clip has no time scale");
        }
        double seconds = (double) duration / timescale;
        int[] size = size(data, moov);
        return new Mp4Info(Math.max(1, (int) Math.round(seconds)), seconds, size[0], size[1]);
    }

    private static int[] size(ByteBuffer data, int[] moov) {
        int at = moov[0];
        while (at + 8 <= moov[1]) {
            long length = Integer.toUnsignedLong(data.getInt(at));
            if (length < 8 || at + length > moov[1]) {
                break;
            }
            if (type(data, at + 4).equals("trak")) {
                int[] tkhd = find(data, at + 8, (int) (at + length), "tkhd");
                if (tkhd != null && tkhd[1] - tkhd[0] >= 8) {
                    int width = data.getInt(tkhd[1] - 8) >>> 16;
                    int height = data.getInt(tkhd[1] - 4) >>> 16;
                    if (width > 0 && height > 0) {
                        return new int[] {width, height};
                    }
                }
            }
            at += (int) length;
        }
        return new int[] {0, 0};
    }

    /** The payload range [start, end) of the first box named {@code name} in [from, to), or null. */
    private static int[] find(ByteBuffer data, int from, int to, String name) {
        int at = from;
        while (at + 8 <= to) {
            long length = Integer.toUnsignedLong(data.getInt(at));
            int header = 8;
            if (length == 1 && at + 16 <= to) {
                length = data.getLong(at + 8);
                header = 16;
            } else if (length == 0) {
                length = to - at;
            }
            if (length < header || at + length > to) {
                return null;
            }
            if (type(data, at + 4).equals(name)) {
                return new int[] {at + header, (int) (at + length)};
            }
            at += (int) length;
        }
        return null;
    }

    private static String type(ByteBuffer data, int at) {
        byte[] type = new byte[4];
        data.get(at, type);
        return new String(type, StandardCharsets.ISO_8859_1);
    }
}
