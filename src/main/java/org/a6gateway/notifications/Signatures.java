package org.a6gateway.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">} keyed by the
 * subscription's secret. The time is signed with the body so that a receiver can refuse a
 * delivery replayed later; comparing in constant time is the receiver's part.
 */
public final class Signatures {

    public static final String HEADER = "A6-Signature";

    private Signatures() {
    }

    public static String sign(String secret, long epochSeconds, String body) {
        return "t=" + epochSeconds + ",v1=" + hmac(secret, epochSeconds + "." + body);
    }

    static String hmac(String secret, String text) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime: " + e.getMessage(), e);
        }
    }
}
