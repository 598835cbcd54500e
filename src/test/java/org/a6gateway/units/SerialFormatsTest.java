package org.a6gateway.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Valid and invalid serials of every format: the fields read, and the exact error for each fault. */
class SerialFormatsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            9344-82392553-82392562-VCS-VCU-262-VER-BR-14-1686-01012017-31122017-1                | VERRA          | VCS        | VCU  | 1686    | BR | 2017                  | 9344     | 82392553   | 82392562   | 10
            8040-449402275-449402275-VCU-042-MER-PE-14-1360-01072013-30062014-1                  | VERRA_LEGACY   | VCS        | VCU  | 1360    | PE | 2013-07-01/2014-06-30 | 8040     | 449402275  | 449402275  | 1
            19902-1139690318-1139925921-VCS-VCU-500-VER-US-3352-01012024-31122024-0              | VERRA_2026     | VCS        | VCU  | 3352    | US | 2024                  | 19902    | 1139690318 | 1139925921 | 235604
            240-7863589-7889021-VCU-003-APX-IN-1-101-01042006-18032007-0                         | VERRA_LEGACY   | VCS        | VCU  | 101     | IN | 2006-04-01/2007-03-18 | 240      | 7863589    | 7889021    | 25433
            GS1-1-KE-GS7495-16-2025-30645-608-30350                                              | GOLD_STANDARD  | GS         | VER  | 7495    | KE | 2025                  | 30645    | 608        | 30350      | 29743
            RW-5-1463953-2-2-0-7014 - RW-5-1467609-2-2-0-7014                                    | CDM            | CDM        | 5    | 7014    | RW |                       | 7014     | 1463953    | 1467609    | 3657
            CAR-1-US-293-1-120-CA-2006-102-1 to 29251                                            | CAR            | CAR        | 1    | 293     | US | 2006                  | 102      | 1          | 29251      | 29251
            ACR-US-192-2010-203-1-5000                                                           | ACR            | ACR        | ERT  | 192     | US | 2010                  | 203      | 1          | 5000       | 5000
            PURO_PR_CORC100+_FI_577166_2020_6b1c2a8e-3f1d-4c55-9a0e-2f7c1d9b4e11_1-100           | PURO           | Puro.earth | CORC100+ | 577166 | FI | 2020            | 6b1c2a8e-3f1d-4c55-9a0e-2f7c1d9b4e11 | 1 | 100 | 100
            CA0004-VU-CH-356-1-3000-2023                                                         | UNDP           | UNDP       | ITMO | 356     | VU | 2023                  | CA0004   | 1          | 3000       | 3000
            KVS-CRA-KR-P0042-2025-17-1-250000                                                    | KOREAN         | KVS        | CRA  | P0042   | KR | 2025                  | 17       | 1          | 250000     | 250000
            """)
    void readsEveryFormat(String text, SerialFormat format, String registry, String unitType, String project,
                          String country, String vintage, String issuance, long start, long end, long quantity) {
        var serial = Serials.parse(text);

        assertThat(serial.format()).isEqualTo(format);
        assertThat(serial.registry()).isEqualTo(registry);
        assertThat(serial.unitType()).isEqualTo(unitType);
        assertThat(serial.project()).isEqualTo(project);
        assertThat(serial.country()).isEqualTo(country);
        assertThat(serial.vintage() == null ? null : serial.vintage().toString()).isEqualTo(vintage);
        assertThat(serial.issuance()).isEqualTo(issuance);
        assertThat(serial.range()).isEqualTo(SerialRange.of(start, end));
        assertThat(serial.quantity()).isEqualTo(quantity);
        assertThat(Serials.parse(text, format)).isEqualTo(serial);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            9344-82392553-8239256x-VCS-VCU-262-VER-BR-14-1686-01012017-31122017-1   | Verra serial: field 'block end' at position 21: expected digits, found 'x'
            9344-82392563-82392562-VCS-VCU-262-VER-BR-14-1686-01012017-31122017-1   | Verra serial: field 'block end' at position 14: block end 82392562 is before block start 82392563
            9344-82392553-82392562-VCS-VCU-262-VER-BR-14-1686-31022017-31122017-1   | Verra serial: field 'vintage start' at position 50: expected a date DDMMYYYY, found '31022017'
            9344-82392553-82392562-VCS-VCU-262-VER-BR-14-1686-01012018-31122017-1   | Verra serial: field 'vintage end' at position 59: vintage ends before it starts
            9344-82392553-82392562-VCS-VCU-262-VER-BR-14-1686-01012017-31122017-2   | Verra serial: field 'additional certification flag' at position 68: expected 0 or 1, found '2'
            9344-82392553-82392562-VCS-VCX-262-VER-BR-14-1686-01012017-31122017-1   | Verra serial: field 'unit type' at position 27: expected VCU, found 'VCX'
            9344-82392553-82392562-VCS-VCU-262-VER-BR-14-1686-01012017-31122017-1-1 | Verra serial: field 'whole serial' at position 0: expected 13 fields, found 14
            8040-449402275-449402275-VCU-042-XYZ-PE-14-1360-01072013-30062014-1     | Verra legacy serial: field 'registry' at position 33: expected MER or APX or VER, found 'XYZ'
            19902-1139690318-1139925921-VCS-VCU-500-VER-U5-3352-01012024-31122024-0 | Verra 2026 serial: field 'host country' at position 45: expected a letter, found '5'
            GS1-1-KE-GS74x5-16-2025-30645-608-30350                                 | Gold Standard serial: field 'project' at position 13: expected digits, found 'x'
            GS1-1-KE-7495-16-2025-30645-608-30350                                   | Gold Standard serial: field 'project' at position 9: expected 'GS' and the project number, found '7495'
            GS1-1-KE-GS7495-16-25-30645-608-30350                                   | Gold Standard serial: field 'vintage' at position 19: expected a four-digit year, found '25'
            GS1-1-KE-GS7495-16-2025-30645-608                                       | Gold Standard serial: field 'whole serial' at position 0: expected 9 fields, found 8
            GS1-1-KE-GS7495-16-2025-30645-30350-608                                 | Gold Standard serial: field 'block end' at position 36: block end 608 is before block start 30350
            RW-5-1463953-2-2-0-7014 - RW-5-1467609-2-2-0-7015                       | CDM serial: field 'project' at position 45: differs from the first unit id's '7014'
            RW-5-1463953-2-2-0-7014 RW-5-1467609-2-2-0-7014                         | CDM serial: field 'range' at position 0: expected 'first unit id - last unit id'
            CAR-1-US-293-1-120-CA-2006-102-1 to 2925x                               | Climate Action Reserve serial: field 'block end' at position 40: expected digits, found 'x'
            ACR-US-192-2010-203-5000-1                                              | ACR serial: field 'block end' at position 25: block end 1 is before block start 5000
            PURO_PR_CORC100+_FI_577166_2020_abc_100                                 | Puro.earth serial: field 'range' at position 36: expected start-end, found '100'
            CA04-VU-CH-356-1-3000-2023                                              | UNDP national registry serial: field 'cooperative approach' at position 0: expected CA and four digits, found 'CA04'
            KVS-XCC-KR-P0042-2025-17-1-250000                                       | Korean voluntary serial: field 'unit type' at position 4: expected CRA or MCC, found 'XCC'
            "  9344-82392553-8239256x-VCS-VCU-262-VER-BR-14-1686-01012017-31122017-1" | Verra serial: field 'block end' at position 23: expected digits, found 'x'
            Z9344                                                                   | serial: not a format the gateway reads: 'Z9344'
            """)
    void namesTheFieldAndPositionOfEveryFault(String text, String message) {
        assertThatThrownBy(() -> Serials.parse(text)).isInstanceOf(SerialFormatException.class).hasMessage(message);
    }

    /** Exports are not all upper case: a country code reads in either case; the original stays, the normalised form is upper case. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "9344-82392553-82392562-VCS-VCU-262-VER-Br-14-1686-01012017-31122017-1|BR|9344-82392553-82392562-VCS-VCU-262-VER-BR-14-1686-01012017-31122017-1",
        " GS1-1-ke-GS7495-16-2025-30645-608-30350 |KE|GS1-1-KE-GS7495-16-2025-30645-608-30350",
        "KVS-CRA-kr-S101-2024-1001-1-5000|KR|KVS-CRA-KR-S101-2024-1001-1-5000"})
    void countryCodesReadInEitherCaseAndTheSerialIsNormalised(String text, String country, String normalised) {
        var serial = Serials.parse(text);

        assertThat(serial.country()).isEqualTo(country);
        assertThat(serial.original()).isEqualTo(text);
        assertThat(serial.normalised()).isEqualTo(normalised);
        assertThat(Serials.parse(serial.normalised()).range()).isEqualTo(serial.range());
    }

    @ParameterizedTest
    @CsvSource({"KVS-MCC-KR-P0042-2025-17-1-250000, 250", "KVS-CRA-KR-P0042-2025-17-1-250000, 250000",
        "KVS-MCC-KR-P0042-2025-17-1-1, 0.001"})
    void microCreditsCountInKilograms(String text, BigDecimal tonnes) {
        assertThat(Serials.parse(text).tonnes()).isEqualByComparingTo(tonnes);
    }
}
