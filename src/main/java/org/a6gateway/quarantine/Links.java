package org.a6gateway.quarantine;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Links a registry publishes (an authorization's documents) are shown to officers and written into
 * their reports, where a {@code javascript:} or {@code file:} link, or a formula posing as one,
 * would run on a click or on opening: only absolute http and https links with a host are stored.
 */
final class Links {

    /** Fields whose values are links, by the upstream contracts' names. */
    static final Set<String> FIELDS = Set.of("documentLinks");
    private static final Set<String> SCHEMES = Set.of("http", "https");

    private Links() {
    }

    static void check(String path, String text) {
        if (!isWebLink(text)) {
            throw new RecordRefused(QuarantineReason.INVALID_VALUE, "field '" + path + "': '" + RecordShape.abbreviate(text)
                    + "' is not an http or https link");
        }
    }

    static boolean isWebLink(String text) {
        try {
            var uri = new URI(text);
            return uri.getScheme() != null && SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
