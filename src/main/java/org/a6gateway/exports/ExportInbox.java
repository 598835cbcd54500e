package org.a6gateway.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The inbox folders, one per source: each file is imported once (by content), then moved to
 * {@code done/} (imported, or already imported) or {@code failed/} (unreadable as a whole, or
 * not this registry's format) with its report beside it as {@code <name>.report.txt}. The
 * moved file's name starts with its content hash, so a later file of the same name never
 * overwrites it. Used by the inbox route (under {@code serve}) and by {@code sync}.
 */
@Component("exportInbox")
public class ExportInbox {

    static final String DONE = "done";
    static final String FAILED = "failed";
    private static final Logger log = LoggerFactory.getLogger(ExportInbox.class);

    private final ExportImports imports;
    private final ExportProperties properties;

    ExportInbox(ExportImports imports, ExportProperties properties) {
        this.imports = imports;
        this.properties = properties;
    }

    /** Every file waiting in every configured inbox, oldest name first. */
    public List<ImportReport> drain() {
        var reports = new ArrayList<ImportReport>();
        for (var source : ExportSource.values()) {
            var folder = folder(source);
            if (folder == null || !Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                        .sorted().forEach(file -> reports.add(process(source, file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the inbox " + folder, e);
            }
        }
        return reports;
    }

    Path folder(ExportSource source) {
        var folder = properties.inbox().get(source.key());
        return folder == null || folder.isBlank() ? null : Path.of(folder);
    }

    /** Imports one file of this source's inbox and moves it out with its report. */
    public synchronized ImportReport process(ExportSource source, Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        var name = file.getFileName().toString();
        var report = importOne(source, name, file);
        move(file, report);
        log.info("export {} from the {} inbox: {}", name, source.key(), report.status());
        return report;
    }

    /** The format is told from the content; a file of another registry's format is refused before anything is stored. */
    private ImportReport importOne(ExportSource source, String name, Path file) {
        ExportFormat format;
        try {
            format = ExportFormats.detect(file, properties.limits());
        } catch (UnreadableExport e) {
            return ImportReport.failed(name, ExportImports.sha256(file), null, e);
        }
        if (format.source() != source) {
            return ImportReport.failed(name, ExportImports.sha256(file), format.option(), "a " + format.option()
                    + " file in the " + source.key() + " inbox; it was not imported");
        }
        return imports.importFile(name, file, format);
    }

    private static void move(Path file, ImportReport report) {
        var target = file.resolveSibling(report.status() == ImportReport.Status.FAILED ? FAILED : DONE);
        var name = report.contentHash().substring(0, 12) + "-" + file.getFileName();
        try {
            Files.createDirectories(target);
            Files.writeString(target.resolve(name + ".report.txt"), report.text(), StandardCharsets.UTF_8);
            Files.move(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to " + target, e);
        }
    }
}
