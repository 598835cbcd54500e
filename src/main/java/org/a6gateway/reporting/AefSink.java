package org.a6gateway.reporting;

import java.io.IOException;
import java.util.List;

/**
 * Where the AEF tables go, one row at a time, so that a hundred thousand actions never sit in
 * memory together. A value is a String ("NA" where a field does not apply), a whole number, a
 * BigDecimal (t CO2e) or a LocalDate.
 */
public interface AefSink {

    void startTable(AefTable table) throws IOException;

    void row(List<Object> values) throws IOException;

    void endTable() throws IOException;

    /** After the last table: the checks, then whatever closes the file. */
    void finish(List<PreSubmissionCheck> checks) throws IOException;
}
