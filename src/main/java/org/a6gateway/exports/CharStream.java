package org.a6gateway.exports;

import java.io.IOException;
import java.io.Reader;

/** Characters one at a time with one of look-ahead, from a buffer of its own (a Reader's read() locks per character). */
final class CharStream {

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position;
    private int length;
    private int last = -1;

    CharStream(Reader in) {
        this.in = in;
    }

    int read() throws IOException {
        last = peek();
        if (last >= 0) {
            position++;
        }
        return last;
    }

    int peek() throws IOException {
        if (position == length) {
            length = Math.max(in.read(buffer), 0);
            position = 0;
            if (length == 0) {
                return -1;
            }
        }
        return buffer[position];
    }

    /** The character read last, or -1 at the end. */
    int last() {
        return last;
    }
}
