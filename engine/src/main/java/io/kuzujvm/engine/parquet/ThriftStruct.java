package io.kuzujvm.engine.parquet;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A Thrift struct read without its IDL: field id to value (Long for integers, Boolean, Double,
 * byte[] for binary, List, or a nested ThriftStruct). Parquet's metadata records read their
 * fields from it by id.
 */
record ThriftStruct(Map<Integer, Object> fields) {

    boolean has(int id) {
        return fields.containsKey(id);
    }

    int i32(int id, int missing) {
        Object value = fields.get(id);
        return value == null ? missing : ((Number) value).intValue();
    }

    long i64(int id, long missing) {
        Object value = fields.get(id);
        return value == null ? missing : ((Number) value).longValue();
    }

    boolean bool(int id, boolean missing) {
        Object value = fields.get(id);
        return value == null ? missing : (Boolean) value;
    }

    String string(int id) {
        Object value = fields.get(id);
        return value == null ? null : new String((byte[]) value, StandardCharsets.UTF_8);
    }

    ThriftStruct struct(int id) {
        return (ThriftStruct) fields.get(id);
    }

    @SuppressWarnings("unchecked")
    <T> List<T> list(int id) {
        Object value = fields.get(id);
        return value == null ? List.of() : (List<T>) value;
    }
}
