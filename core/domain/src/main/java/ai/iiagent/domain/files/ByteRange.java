package ai.iiagent.domain.files;

/** An inclusive, satisfiable range of byte offsets within an object of a known size. */
public record ByteRange(long first, long last) {

    public ByteRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("invalid byte range " + first + "-" + last);
        }
    }

    public long length() {
        return last - first + 1;
    }
}
