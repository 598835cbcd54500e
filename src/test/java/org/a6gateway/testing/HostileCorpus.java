package org.a6gateway.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.a6gateway.feeds.IngestLimits;
import org.a6gateway.feeds.UpstreamJson;
import org.junit.jupiter.params.provider.Arguments;

/** The hostile input corpus under src/test/resources/hostile/ (made by its generate.py): one case a row of cases.csv. */
public final class HostileCorpus {

    private HostileCorpus() {
    }

    /** Each row's fields, split at '|', with the file name first. */
    public static Stream<Arguments> cases(String target) {
        return lines(target + "/cases.csv").stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> Arguments.of((Object[]) l.split("\\|", -1)));
    }

    public static String read(String target, String file) {
        return String.join("\n", lines(target + "/" + file));
    }

    private static List<String> lines(String path) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no corpus file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The upstream JSON reading as the gateway configures it (Boot's defaults, the ingest limits). */
    public static UpstreamJson upstreamJson() {
        var boot = JsonMapper.builder().findAndAddModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return new UpstreamJson(boot, new IngestLimits(8 * 1024 * 1024, 64, 100_000));
    }
}
