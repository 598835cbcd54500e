package org.a6gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reconciliation stores digests of joined lines: taking the lines one by one must not change them. */
class Sha256Test {

    @Test
    void aKnownTextHasItsPublishedDigest() {
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void linesDigestAsTheirNewlineJoinedText() {
        for (List<String> lines : List.of(List.<String>of(), List.of(""), List.of("abc"), List.of("a", "bc"),
                List.of("ab", "c"), List.of("", ""), List.of("Article 6 Authorized \u2013 NDC Use", "KOR-KVS-B0"))) {
            assertThat(Sha256.hexOfLines(lines)).as(lines.toString()).isEqualTo(Sha256.hex(String.join("\n", lines)));
        }
        assertThat(Sha256.hexOfLines(List.of("a", "bc"))).isNotEqualTo(Sha256.hexOfLines(List.of("ab", "c")));
    }
}
