package io.kuzujvm.tck.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The {@code ---- hash} digest as Kùzu's test runner computes it: the result lines (the column
 * names line first when checked), sorted byte-wise unless the order is checked, each followed
 * by a newline, through MD5, as lower-case hex.
 */
public final class ResultHasher {

    /** Orders strings as std::string does: by their UTF-8 bytes, unsigned. */
    public static final Comparator<String> UTF8_ORDER = (a, b) -> {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.compareUnsigned(x, y);
    };

    private ResultHasher() {}

    public static String md5(List<String> lines, boolean keepOrder) {
        List<String> ordered = new ArrayList<>(lines);
        if (!keepOrder) {
            ordered.sort(UTF8_ORDER);
        }
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            for (String line : ordered) {
                md5.update(line.getBytes(StandardCharsets.UTF_8));
                md5.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }
}
