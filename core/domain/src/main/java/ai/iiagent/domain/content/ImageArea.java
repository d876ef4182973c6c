package ai.iiagent.domain.content;

import ai.iiagent.domain.shared.ValidationException;

/**
 * A rectangle of an image slide's picture in percent of its width and height (0..100 each), so it holds whatever
 * the picture's pixel size: {@code x}, {@code y} the top-left corner.
 */
public record ImageArea(double x, double y, double width, double height) {

    public ImageArea {
        if (!inRange(x) || !inRange(y) || !inRange(width) || !inRange(height) || x + width > 100.0001
                || y + height > 100.0001) {
            throw new ValidationException(SlideErrors.INVALID_IMAGE_EDIT, "a region (x, y, width, height) lies within"
                    + " 0..100 percent of the picture");
        }
    }

    /** Whether {@code value} is a percentage (0..100). */
    public static boolean inRange(double value) {
        return value >= 0 && value <= 100 && !Double.isNaN(value);
    }

    /** The region's left edge in pixels of a picture {@code pictureWidth} wide. */
    public int left(int pictureWidth) {
        return (int) Math.floor(x * pictureWidth / 100);
    }

    /** The region's top edge in pixels of a picture {@code pictureHeight} high. */
    public int top(int pictureHeight) {
        return (int) Math.floor(y * pictureHeight / 100);
    }

    /** The region's width in pixels (at least 1). */
    public int pixelWidth(int pictureWidth) {
        return Math.max(1, (int) Math.round(width * pictureWidth / 100));
    }

    /** The region's height in pixels (at least 1). */
    public int pixelHeight(int pictureHeight) {
        return Math.max(1, (int) Math.round(height * pictureHeight / 100));
    }
}
