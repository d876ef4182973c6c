package ai.iiagent.port.out.media;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The shape of a generated picture or video, as the providers name it ({@code "16:9"}); each has the
 * pixel size the offline generators render at for a given long side.
 */
public enum AspectRatio {
    SQUARE("1:1", 1, 1), LANDSCAPE("16:9", 16, 9), PORTRAIT("9:16", 9, 16), STANDARD("4:3", 4, 3),
    STANDARD_PORTRAIT("3:4", 3, 4), WIDE("3:2", 3, 2), TALL("2:3", 2, 3);

    private final String code;
    private final int width;
    private final int height;

    AspectRatio(String code, int width, int height) {
        this.code = code;
        this.width = width;
        this.height = height;
    }

    /** The ratio as written on the wire, e.g. {@code "16:9"}. */
    public String code() {
        return code;
    }

    /** The ratio named by {@code code} ({@code "16:9"}, also {@code "16x9"}), if it is one of these. */
    public static Optional<AspectRatio> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normal = code.strip().toLowerCase(Locale.ROOT).replace('x', ':');
        return Arrays.stream(values()).filter(ratio -> ratio.code.equals(normal)).findFirst();
    }

    /** The pixel width at {@code longSide}, rounded down to an even number (video encoders need even sizes). */
    public int widthAt(int longSide) {
        return even(width >= height ? longSide : longSide * width / height);
    }

    /** The pixel height at {@code longSide}, rounded down to an even number. */
    public int heightAt(int longSide) {
        return even(height >= width ? longSide : longSide * height / width);
    }

    private static int even(int pixels) {
        return pixels - pixels % 2;
    }
}
