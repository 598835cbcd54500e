package org.a6gateway.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.concurrent.Callable;
import org.a6gateway.units.SerialFormat;
import org.a6gateway.units.SerialFormatException;
import org.a6gateway.units.Serials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Reads a serial number of any supported registry and prints its fields; no database, no registry. */
@Command(name = "serial", mixinStandardHelpOptions = true,
        description = {"Parse a serial number of any supported registry and print its fields as JSON.",
                "Fields: registry, project, country, vintage, start, end, quantity, unit size, tonnes, …",
                "Exit code 2 when the serial does not read."})
class SerialCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SERIAL", description = "The serial as the registry publishes it (quote it).")
    String serial;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read as this format instead of detecting it: ${COMPLETION-CANDIDATES}")
    SerialFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            var parsed = format == null ? Serials.parse(serial) : Serials.parse(serial, format);
            var json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            spec.commandLine().getOut().println(json.writeValueAsString(parsed.describe()));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (SerialFormatException e) {
            spec.commandLine().getErr().println("a6-gateway: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
    }
}
