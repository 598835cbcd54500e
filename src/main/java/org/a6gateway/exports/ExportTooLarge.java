package org.a6gateway.exports;

/** A file beyond one of the import's limits: refused whole, naming the limit and its setting (the API's 413). */
public class ExportTooLarge extends UnreadableExport {

    ExportTooLarge(String what, String setting) {
        super(what + "; raise " + ExportLimits.SETTINGS + setting + " to import it");
    }
}
