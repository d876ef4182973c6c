package ai.iiagent.service.files;

import ai.iiagent.domain.files.UploadSizeMismatchException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Yields exactly {@code expected} bytes or fails: a body shorter or longer than declared never gets stored. */
final class ExactLengthInputStream extends FilterInputStream {

    private final long expected;
    private long seen;

    ExactLengthInputStream(InputStream in, long expected) {
        super(in);
        this.expected = expected;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (seen == expected) {
            if (in.read() != -1) {
                throw new UploadSizeMismatchException(expected);
            }
            return -1;
        }
        int n = in.read(buffer, offset, (int) Math.min(length, expected - seen));
        if (n < 0) {
            throw new UploadSizeMismatchException(expected);
        }
        seen += n;
        return n;
    }

    @Override
    public long skip(long n) {
        return 0;
    }

    @Override
    public int available() {
        return 0;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
