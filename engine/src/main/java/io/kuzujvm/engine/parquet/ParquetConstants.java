package io.kuzujvm.engine.parquet;

/** Enumerations of parquet.thrift by their numbers. */
final class ParquetConstants {

    // Physical types.
    static final int BOOLEAN = 0;
    static final int INT32 = 1;
    static final int INT64 = 2;
    static final int INT96 = 3;
    static final int FLOAT = 4;
    static final int DOUBLE = 5;
    static final int BYTE_ARRAY = 6;
    static final int FIXED_LEN_BYTE_ARRAY = 7;

    // Field repetition.
    static final int REQUIRED = 0;
    static final int OPTIONAL = 1;
    static final int REPEATED = 2;

    // Converted (legacy logical) types.
    static final int UTF8 = 0;
    static final int MAP = 1;
    static final int MAP_KEY_VALUE = 2;
    static final int LIST = 3;
    static final int ENUM = 4;
    static final int DECIMAL = 5;
    static final int DATE = 6;
    static final int TIMESTAMP_MILLIS = 9;
    static final int TIMESTAMP_MICROS = 10;
    static final int UINT_8 = 11;
    static final int UINT_16 = 12;
    static final int UINT_32 = 13;
    static final int UINT_64 = 14;
    static final int INT_8 = 15;
    static final int INT_16 = 16;
    static final int INT_32 = 17;
    static final int INT_64 = 18;
    static final int JSON = 19;
    static final int INTERVAL = 21;

    // Codecs.
    static final int UNCOMPRESSED = 0;
    static final int SNAPPY = 1;
    static final int GZIP = 2;
    static final int BROTLI = 4;
    static final int ZSTD = 6;

    // Page types.
    static final int DATA_PAGE = 0;
    static final int DICTIONARY_PAGE = 2;
    static final int DATA_PAGE_V2 = 3;

    // Encodings.
    static final int PLAIN = 0;
    static final int PLAIN_DICTIONARY = 2;
    static final int RLE = 3;
    static final int DELTA_BINARY_PACKED = 5;
    static final int DELTA_LENGTH_BYTE_ARRAY = 6;
    static final int DELTA_BYTE_ARRAY = 7;
    static final int RLE_DICTIONARY = 8;
    static final int BYTE_STREAM_SPLIT = 9;

    private ParquetConstants() {
    }
}
