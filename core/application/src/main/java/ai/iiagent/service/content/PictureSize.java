package ai.iiagent.service.content;

/**
 * A picture's pixel size read from its header (PNG {@code IHDR}, JPEG start-of-frame); other formats
 * (and unreadable headers) count as the slide's own 1280×720.
 */
record PictureSize(int width, int height) {

    static final PictureSize SLIDE = new PictureSize(1280, 720);

    static PictureSize of(byte[] picture) {
        if (picture.length >= 24 && (picture[0] & 0xff) == 0x89 && picture[1] == 'P' && picture[2] == 'N'
                && picture[3] == 'G') {
            return new PictureSize(int32(picture, 16), int32(picture, 20));
        }
        if (picture.length >= 4 && (picture[0] & 0xff) == 0xff && (picture[1] & 0xff) == 0xd8) {
            return jpeg(picture);
        }
        return SLIDE;
    }

    private static PictureSize jpeg(byte[] picture) {
        int at = 2;
        while (at + 9 < picture.length) {
            if ((picture[at] & 0xff) != 0xff) {
                return SLIDE;
            }
            int marker = picture[at + 1] & 0xff;
            int length = ((picture[at + 2] & 0xff) << 8) | (picture[at + 3] & 0xff);
            boolean startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (startOfFrame) {
                int height = ((picture[at + 5] & 0xff) << 8) | (picture[at + 6] & 0xff);
                int width = ((picture[at + 7] & 0xff) << 8) | (picture[at + 8] & 0xff);
                return new PictureSize(width, height);
            }
            at += 2 + length;
        }
        return SLIDE;
    }

    private static int int32(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
                | (bytes[at + 3] & 0xff);
    }
}
