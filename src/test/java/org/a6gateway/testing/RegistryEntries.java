package org.a6gateway.testing;

import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Entries of {@code a6.registries} for tests that configure their own registries. */
public final class RegistryEntries {

    private RegistryEntries() {
    }

    /** Entry {@code index}: a private registry speaking {@code protocol} at {@code url}, pages of {@code pageSize}. */
    public static void privateRegistry(DynamicPropertyRegistry properties, int index, String id, String protocol,
                                       Supplier<Object> url, int pageSize) {
        String entry = "a6.registries[" + index + "].";
        properties.add(entry + "id", () -> id);
        properties.add(entry + "role", () -> "private");
        properties.add(entry + "protocol", () -> protocol);
        properties.add(entry + "url", url);
        properties.add(entry + "page-size", () -> pageSize);
    }

    /** Entry {@code index}: the national registry {@code national-registry} at {@code url}. */
    public static void nationalRegistry(DynamicPropertyRegistry properties, int index, Supplier<Object> url) {
        String entry = "a6.registries[" + index + "].";
        properties.add(entry + "id", () -> "national-registry");
        properties.add(entry + "role", () -> "national");
        properties.add(entry + "url", url);
    }
}
