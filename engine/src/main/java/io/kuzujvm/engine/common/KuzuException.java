package io.kuzujvm.engine.common;

/**
 * An error a user sees. The message starts with Kùzu's category prefix
 * ("Binder exception: ..."), and the category also decides the SQLState the driver reports.
 */
public class KuzuException extends RuntimeException {

    /** Kùzu's error categories, each with the prefix Kùzu prints and a default SQLState. */
    public enum Kind {
        PARSER("Parser exception", "42601"),
        BINDER("Binder exception", "42000"),
        CATALOG("Catalog exception", "42P01"),
        RUNTIME("Runtime exception", "XX000"),
        COPY("Copy exception", "22000"),
        IO("IO exception", "58030"),
        CONVERSION("Conversion exception", "22018"),
        OVERFLOW("Overflow exception", "22003"),
        CONNECTION("Connection exception", "08000"),
        EXTENSION("Extension exception", "08000"),
        NOT_IMPLEMENTED("Not implemented", "0A000"),
        /** Transaction-state errors, which Kùzu prints without a category prefix. */
        TRANSACTION("", "25000"),
        /** Errors Kùzu passes on unchanged from the scanner of an attached database. */
        ATTACHED_BINDER("Binder Error", "42000");

        private final String prefix;
        private final String sqlState;

        Kind(String prefix, String sqlState) {
            this.prefix = prefix;
            this.sqlState = sqlState;
        }

        public String prefix() {
            return prefix;
        }

        public String sqlState() {
            return sqlState;
        }
    }

    private final Kind kind;
    private final String sqlState;

    public KuzuException(Kind kind, String message) {
        this(kind, kind.sqlState(), message, null);
    }

    public KuzuException(Kind kind, String message, Throwable cause) {
        this(kind, kind.sqlState(), message, cause);
    }

    public KuzuException(Kind kind, String sqlState, String message, Throwable cause) {
        super(kind.prefix().isEmpty() ? message : kind.prefix() + ": " + message, cause);
        this.kind = kind;
        this.sqlState = sqlState;
    }

    /** The same error under another category (e.g. a storage error raised by COPY is a Copy exception). */
    public KuzuException withKind(Kind newKind) {
        String text = kind.prefix().isEmpty() ? getMessage() : getMessage().substring(kind.prefix().length() + 2);
        return new KuzuException(newKind, sqlState, text, getCause());
    }

    public Kind kind() {
        return kind;
    }

    public String sqlState() {
        return sqlState;
    }

    public static KuzuException binder(String message) {
        return new KuzuException(Kind.BINDER, message);
    }

    public static KuzuException catalog(String message) {
        return new KuzuException(Kind.CATALOG, message);
    }

    public static KuzuException runtime(String message) {
        return new KuzuException(Kind.RUNTIME, message);
    }

    public static KuzuException conversion(String message) {
        return new KuzuException(Kind.CONVERSION, message);
    }

    public static KuzuException overflow(String message) {
        return new KuzuException(Kind.OVERFLOW, message);
    }

    /** A file that cannot be read or written. */
    public static KuzuException io(String file, java.io.IOException cause) {
        return new KuzuException(Kind.IO, "Cannot access file " + file + ": " + cause.getMessage(), cause);
    }

    public static KuzuException notImplemented(String feature) {
        return new KuzuException(Kind.NOT_IMPLEMENTED, feature + " is not supported yet.");
    }
}
