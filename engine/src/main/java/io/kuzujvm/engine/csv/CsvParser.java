package io.kuzujvm.engine.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Splits CSV bytes into records and fields (RFC 4180 quoting with Kùzu's escape rules,
 * CR, LF and CRLF line ends). Reads a file from a start offset through a reused buffer
 * and stops at the first record that starts at or after {@code limit}. Fields are
 * offsets into {@link #buffer()} relative to {@link #recordStart()}; nothing is copied.
 */
final class CsvParser {

    static final String QUOTED_NEWLINE =
            "Quoted newlines are not supported in parallel CSV reader. Please specify PARALLEL=FALSE in the options.";

    private final FileChannel channel;
    private final long limit;
    private final byte delim;
    private final byte quote;
    private final byte escape;
    private final boolean parallel;

    private byte[] buf = new byte[1 << 16];
    private int len;
    private int pos;
    private long bufFileOffset;
    private long readPos;
    private boolean eof;

    private int recStart;
    private int recEnd;
    private long line;
    private long recLine;
    private long lastNewlineEnd = -1;

    private int[] fieldStart = new int[16];
    private int[] fieldEnd = new int[16];
    private boolean[] fieldEscaped = new boolean[16];
    private boolean[] fieldQuoted = new boolean[16];
    private int numFields;
    private boolean trailingDelimiter;
    private boolean delimiterAtEof;

    CsvParser(FileChannel channel, long start, long limit, byte delim, byte quote, byte escape, boolean parallel) {
        this.channel = channel;
        this.limit = limit;
        this.delim = delim;
        this.quote = quote;
        this.escape = escape;
        this.parallel = parallel;
        this.bufFileOffset = start;
        this.readPos = start;
    }

    /** For a block that does not start at a record: skips to the first line that starts inside it. */
    void alignToLine() {
        // The parser was created at start - 1: if that byte ends a line counted by the previous block, undo it.
        if (!ensure()) {
            return;
        }
        byte b = buf[pos];
        if (b == '\n' || (b == '\r' && !(ensure(1) && buf[pos + 1] == '\n'))) {
            line = -1;
        }
        skipLine();
    }

    /** Skips a UTF-8 byte-order mark at the current position. */
    void skipBom() {
        if (ensure(2) && (buf[pos] & 0xFF) == 0xEF && (buf[pos + 1] & 0xFF) == 0xBB && (buf[pos + 2] & 0xFF) == 0xBF) {
            pos += 3;
        }
    }

    /** Consumes the rest of the current line and its line end. */
    void skipLine() {
        recStart = pos;
        while (ensure()) {
            byte b = buf[pos];
            if (b == '\n' || b == '\r') {
                consumeNewline();
                return;
            }
            pos++;
        }
    }

    byte[] buffer() {
        return buf;
    }

    int recordStart() {
        return recStart;
    }

    int numFields() {
        return numFields;
    }

    int fieldStart(int i) {
        return recStart + fieldStart[i];
    }

    int fieldEnd(int i) {
        return recStart + fieldEnd[i];
    }

    boolean fieldEscaped(int i) {
        return fieldEscaped[i];
    }

    boolean fieldQuoted(int i) {
        return fieldQuoted[i];
    }

    /** Whether the record ended with a delimiter followed by a line end (an empty last field). */
    boolean trailingDelimiter() {
        return trailingDelimiter;
    }

    /** Whether the record's last (empty) field came from a delimiter right before the end of the file. */
    boolean delimiterAtEof() {
        return delimiterAtEof;
    }

    /** Lines (line ends) consumed before the current record, counted from the parser's start. */
    long recordLine() {
        return recLine;
    }

    long linesConsumed() {
        return line;
    }

    /** The file offset of the last byte of the last line end consumed (-1 if none). */
    long lastNewlineEnd() {
        return lastNewlineEnd;
    }

    /** The file offset of the current position. */
    long filePosition() {
        return bufFileOffset + pos;
    }

    /** The field's value as a string (escapes removed). */
    String fieldString(int i) {
        int s = fieldStart(i);
        int e = fieldEnd(i);
        if (!fieldEscaped[i]) {
            return new String(buf, s, e - s, StandardCharsets.UTF_8);
        }
        byte[] out = new byte[e - s];
        int n = 0;
        for (int p = s; p < e; p++) {
            byte b = buf[p];
            if ((b == escape || b == quote) && p + 1 < e) {
                p++;
                b = buf[p];
            }
            out[n++] = b;
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    /** The whole record as Kùzu shows it (without its line end). */
    String recordText() {
        return new String(buf, recStart, recEnd - recStart, StandardCharsets.UTF_8);
    }

    /** The record up to the end of field {@code i}, with "..." when more follows. */
    String recordTextUpToField(int i) {
        int end = fieldEnd(i) + (fieldQuoted[i] ? 1 : 0);
        String text = new String(buf, recStart, Math.min(end, recEnd) - recStart, StandardCharsets.UTF_8);
        return i < numFields - 1 ? text + "..." : text;
    }

    /**
     * Reads the next record: the number of fields, 0 for an empty line, -1 at the end.
     * Throws {@link CsvParseError} for malformed quoting; {@link #skipLine()} then resumes.
     */
    int next() {
        recStart = pos;
        recLine = line;
        numFields = 0;
        trailingDelimiter = false;
        delimiterAtEof = false;
        if (!ensure() || bufFileOffset + pos >= limit) {
            recEnd = pos;
            return -1;
        }
        byte first = buf[pos];
        if (first == '\n' || first == '\r') {
            recEnd = pos;
            consumeNewline();
            return 0;
        }
        while (true) {
            if (numFields == fieldStart.length) {
                growFields();
            }
            boolean atEnd;
            if (ensure() && buf[pos] == quote) {
                atEnd = quotedField();
            } else {
                int s = pos - recStart;
                byte b = 0;
                while (ensure()) {
                    b = buf[pos];
                    if (b == delim || b == '\n' || b == '\r') {
                        break;
                    }
                    pos++;
                }
                fieldStart[numFields] = s;
                fieldEnd[numFields] = pos - recStart;
                fieldEscaped[numFields] = false;
                fieldQuoted[numFields] = false;
                numFields++;
                atEnd = !ensure() || buf[pos] != delim;
            }
            if (atEnd) {
                recEnd = pos;
                if (ensure()) {
                    consumeNewline();
                }
                return numFields;
            }
            pos++; // the delimiter
            if (!ensure() || buf[pos] == '\n' || buf[pos] == '\r') {
                // A delimiter right before the line end: an empty last field.
                if (numFields == fieldStart.length) {
                    growFields();
                }
                fieldStart[numFields] = pos - recStart;
                fieldEnd[numFields] = pos - recStart;
                fieldEscaped[numFields] = false;
                fieldQuoted[numFields] = false;
                numFields++;
                recEnd = pos;
                trailingDelimiter = true;
                if (ensure()) {
                    consumeNewline();
                } else {
                    delimiterAtEof = true;
                }
                return numFields;
            }
        }
    }

    /** Reads a quoted field at pos; returns whether the record ends after it. */
    private boolean quotedField() {
        pos++;
        int s = pos - recStart;
        boolean escaped = false;
        while (true) {
            if (!ensure()) {
                recEnd = pos;
                throw new CsvParseError("unterminated quotes.", recordTextTo(pos).stripTrailing(), recLine);
            }
            byte b = buf[pos];
            if (b == escape && escape != quote) {
                pos++;
                if (!ensure()) {
                    recEnd = pos;
                    throw new CsvParseError("escape at end of file.", recordTextTo(pos), recLine);
                }
                byte next = buf[pos];
                if (next != quote && next != escape) {
                    recEnd = pos + 1;
                    throw new CsvParseError("neither QUOTE nor ESCAPE is proceeded by ESCAPE.",
                            recordTextTo(pos + 1) + "...", recLine);
                }
                escaped = true;
                pos++;
                continue;
            }
            if (b == quote) {
                int e = pos - recStart;
                pos++;
                if (ensure()) {
                    byte next = buf[pos];
                    if (next == quote && escape == quote) {
                        escaped = true;
                        pos++;
                        continue;
                    }
                    if (next != delim && next != '\n' && next != '\r') {
                        recEnd = pos;
                        throw new CsvParseError(
                                "quote should be followed by end of file, end of value, end of row or another quote.",
                                recordTextTo(pos) + "...", recLine);
                    }
                }
                fieldStart[numFields] = s;
                fieldEnd[numFields] = e;
                fieldEscaped[numFields] = escaped;
                fieldQuoted[numFields] = true;
                numFields++;
                return !ensure() || buf[pos] != delim;
            }
            if (b == '\n' || b == '\r') {
                if (parallel) {
                    recEnd = pos;
                    throw new CsvParseError(QUOTED_NEWLINE, recordTextTo(pos), recLine);
                }
                if (b == '\n' || !(ensure(1) && buf[pos + 1] == '\n')) {
                    line++;
                }
            }
            pos++;
        }
    }

    private String recordTextTo(int end) {
        return new String(buf, recStart, Math.max(0, end - recStart), StandardCharsets.UTF_8);
    }

    private void consumeNewline() {
        byte b = buf[pos];
        pos++;
        if (b == '\r' && ensure() && buf[pos] == '\n') {
            pos++;
        }
        line++;
        lastNewlineEnd = bufFileOffset + pos - 1;
    }

    private void growFields() {
        int n = fieldStart.length * 2;
        fieldStart = java.util.Arrays.copyOf(fieldStart, n);
        fieldEnd = java.util.Arrays.copyOf(fieldEnd, n);
        fieldEscaped = java.util.Arrays.copyOf(fieldEscaped, n);
        fieldQuoted = java.util.Arrays.copyOf(fieldQuoted, n);
    }

    private boolean ensure() {
        return pos < len || fill(1);
    }

    /** Whether {@code ahead} more bytes after pos are available. */
    private boolean ensure(int ahead) {
        return pos + ahead < len || fill(ahead + 1);
    }

    /** Makes at least {@code need} bytes from pos available if the file has them; keeps the current record. */
    private boolean fill(int need) {
        while (len - pos < need) {
            if (eof) {
                return false;
            }
            if (recStart > 0) {
                int shift = Math.min(recStart, pos);
                System.arraycopy(buf, shift, buf, 0, len - shift);
                len -= shift;
                pos -= shift;
                recStart -= shift;
                recEnd = Math.max(0, recEnd - shift);
                bufFileOffset += shift;
            }
            if (len == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            try {
                int n = channel.read(ByteBuffer.wrap(buf, len, buf.length - len), readPos);
                if (n < 0) {
                    eof = true;
                } else {
                    len += n;
                    readPos += n;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return true;
    }
}
