package io.kuzujvm.tck.parse;

/** A .test file does not follow the format. */
public final class TestFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public TestFormatException(String path, int line, String message) {
        super(path + ":" + line + ": " + message);
    }
}
