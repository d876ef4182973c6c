package ai.iiagent.domain.files;

/**
 * One range as a client asked for it ({@code bytes=0-99}, {@code bytes=100-}, {@code bytes=-50}),
 * resolved against the object's size once that is known.
 *
 * @param first  first offset, or null for a suffix range
 * @param last   last offset (inclusive), or null for "to the end"
 * @param suffix with {@code first == null}: how many final bytes
 */
public record RangeRequest(Long first, Long last, Long suffix) {

    public RangeRequest {
        boolean bounded = first != null && first >= 0 && (last == null || last >= first) && suffix == null;
        boolean tail = first == null && last == null && suffix != null && suffix >= 0;
        if (!bounded && !tail) {
            throw new IllegalArgumentException("not a range");
        }
    }

    /** @throws RangeNotSatisfiableException when no byte of the object is in the range */
    public ByteRange resolve(long size) {
        if (first == null) {
            if (suffix == 0 || size == 0) {
                throw new RangeNotSatisfiableException(size);
            }
            return new ByteRange(Math.max(0, size - suffix), size - 1);
        }
        if (first >= size) {
            throw new RangeNotSatisfiableException(size);
        }
        return new ByteRange(first, last == null ? size - 1 : Math.min(last, size - 1));
    }
}
