package org.a6gateway.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of a text as lowercase hex: the ledger's chain, the outbox's idempotency keys, the keys
 * of held-back records, discrepancies and API keys, and the reconciliation's scope digests.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** As {@link #hex(String)} of the lines joined by newlines, without joining them. */
    public static String hexOfLines(List<String> lines) {
        var digest = digest();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                digest.update((byte) '\n');
            }
            digest.update(lines.get(i).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
