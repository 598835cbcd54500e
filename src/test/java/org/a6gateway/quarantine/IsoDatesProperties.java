package org.a6gateway.quarantine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The quick date checks judge every text as the parsers do: texts near the usual shapes (digits
 * out of range, a separator swapped, a fraction too long, an offset past 18 hours, leap days,
 * non-ASCII digits) are accepted by one exactly when accepted by the other.
 */
class IsoDatesProperties {

    @Property(tries = 3000)
    void aDateIsWhatLocalDateParseAccepts(@ForAll("nearDates") String text) {
        assertThat(IsoDates.isDate(text)).as(text).isEqualTo(parses(() -> LocalDate.parse(text)));
    }

    @Property(tries = 3000)
    void aDateTimeIsWhatOffsetDateTimeParseAccepts(@ForAll("nearDateTimes") String text) {
        assertThat(IsoDates.isDateTime(text)).as(text).isEqualTo(parses(() -> OffsetDateTime.parse(text)));
    }

    @Example
    void usualAndUnusualTextsOfTheRegistries() {
        assertThat(IsoDates.isDate("2024-02-29")).isTrue();
        assertThat(IsoDates.isDate("2023-02-29")).isFalse();
        assertThat(IsoDates.isDate("2024-13-01")).isFalse();
        assertThat(IsoDates.isDate("+12024-01-01")).isTrue(); // the parser's extended year, judged by the parser
        assertThat(IsoDates.isDate("２０２４-01-01")).isFalse();
        assertThat(IsoDates.isDateTime("2024-03-01T10:15:30Z")).isTrue();
        assertThat(IsoDates.isDateTime("2024-03-01T10:15:30.123456789+05:30")).isTrue();
        assertThat(IsoDates.isDateTime("2024-03-01T10:15Z")).isTrue(); // no seconds, judged by the parser
        assertThat(IsoDates.isDateTime("2024-03-01T24:00:00Z")).isFalse();
        assertThat(IsoDates.isDateTime("2024-03-01T10:15:30+18:01")).isFalse();
        assertThat(IsoDates.isDateTime("2024-03-01T10:15:30")).isFalse();
    }

    @Provide
    Arbitrary<String> nearDates() {
        return Combinators.combine(field(4, 0, 10_000), separator(), field(2, 0, 14), separator(), field(2, 0, 33))
                .as((y, a, m, b, d) -> y + a + m + b + d);
    }

    @Provide
    Arbitrary<String> nearDateTimes() {
        var time = Combinators.combine(field(2, 0, 26), Arbitraries.of(":", ":", ":", "-"), field(2, 0, 61),
                Arbitraries.of(":", ":", ":", "", "."), field(2, 0, 62)).as((h, a, m, b, s) -> h + a + m + b + s);
        var fraction = Arbitraries.of("", "", ".", ".5", ".123", ".123456789", ".1234567890", ",5");
        var offset = Arbitraries.oneOf(Arbitraries.of("Z", "Z", "z", "", "+05:30", "-00:00", "+18:00", "-18:00", "+1800",
                "+05:30:15"), Combinators.combine(Arbitraries.of("+", "-"), field(2, 0, 20), field(2, 0, 61))
                .as((sign, h, m) -> sign + h + ":" + m));
        return Combinators.combine(nearDates(), Arbitraries.of("T", "T", "T", "t", " "), time, fraction, offset)
                .as((date, t, clock, f, zone) -> date + t + clock + f + zone);
    }

    /** A number of {@code width} digits, now and then with a non-ASCII digit or one digit too many or few. */
    private static Arbitrary<String> field(int width, int from, int to) {
        var plain = Arbitraries.integers().between(from, to).map(n -> String.format("%0" + width + "d", n));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, plain),
                net.jqwik.api.Tuple.of(1, plain.map(s -> s.substring(1))),
                net.jqwik.api.Tuple.of(1, plain.map(s -> "1" + s)),
                net.jqwik.api.Tuple.of(1, plain.map(s -> "\u0661" + s.substring(1))));
    }

    private static Arbitrary<String> separator() {
        return Arbitraries.of("-", "-", "-", "-", "/", "");
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException refused) {
            return false;
        }
    }
}
