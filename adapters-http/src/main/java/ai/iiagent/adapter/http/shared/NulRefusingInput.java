package ai.iiagent.adapter.http.shared;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/** Wraps every input the REST JSON reader parses so a NUL anywhere in its text fails the parse. */
final class NulRefusingInput extends InputDecorator {

    @Override
    public InputStream decorate(IOContext context, InputStream in) {
        return new Bytes(in);
    }

    @Override
    public InputStream decorate(IOContext context, byte[] source, int offset, int length) {
        return new Bytes(new ByteArrayInputStream(source, offset, length));
    }

    @Override
    public Reader decorate(IOContext context, Reader reader) {
        return new Chars(reader);
    }

    private static final class Bytes extends FilterInputStream {
        private final NulScanner scanner = new NulScanner();

        Bytes(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && scanner.isNul(b)) {
                throw new InvalidTextException();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            for (int i = offset; i < offset + read; i++) {
                if (scanner.isNul(buffer[i] & 0xFF)) {
                    throw new InvalidTextException();
                }
            }
            return read;
        }
    }

    private static final class Chars extends FilterReader {
        private final NulScanner scanner = new NulScanner();

        Chars(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0 && scanner.isNul(c)) {
                throw new InvalidTextException();
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            for (int i = offset; i < offset + read; i++) {
                if (scanner.isNul(buffer[i])) {
                    throw new InvalidTextException();
                }
            }
            return read;
        }
    }
}
