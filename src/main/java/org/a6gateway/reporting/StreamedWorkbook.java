package org.a6gateway.reporting;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streamed workbook whose sheets go to their temporary files through a buffer without a lock.
 * SXSSF writes each cell's XML a few characters at a time, escaped strings one character at a
 * time, to a {@link java.io.BufferedWriter}, which takes its lock on every call: tens of
 * millions of times for an AEF of 100,000 actions. The characters written are the same. The
 * package is zipped at the fastest level: the default level spent seconds deflating an AEF of
 * 100,000 actions (native code, outside the profile's Java samples) for a file a little smaller.
 */
final class StreamedWorkbook extends SXSSFWorkbook {

    StreamedWorkbook(int rowsInMemory) {
        super(rowsInMemory);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        var zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriter() {
            // Called from SheetDataWriter's constructor: it may use nothing of this subclass's own state.
            @Override
            public Writer createWriter(File file) throws IOException {
                return new UnlockedBufferedWriter(new OutputStreamWriter(new FileOutputStream(file), StandardCharsets.UTF_8));
            }
        };
    }

    /** Buffers characters for one writer on one thread; the buffer goes on in large chunks. */
    static final class UnlockedBufferedWriter extends Writer {

        private static final int SIZE = 1 << 16;

        private final Writer out;
        private final char[] buffer = new char[SIZE];
        private int used;

        UnlockedBufferedWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == SIZE) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(String text) throws IOException {
            write(text, 0, text.length());
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            while (length > 0) {
                if (used == SIZE) {
                    drain();
                }
                int n = Math.min(length, SIZE - used);
                text.getChars(offset, offset + n, buffer, used);
                used += n;
                offset += n;
                length -= n;
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            while (length > 0) {
                if (used == SIZE) {
                    drain();
                }
                int n = Math.min(length, SIZE - used);
                System.arraycopy(chars, offset, buffer, used, n);
                used += n;
                offset += n;
                length -= n;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            drain();
            out.close();
        }

        private void drain() throws IOException {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }
    }
}
