package org.a6gateway.exports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A JSON export read as a stream of tokens: the caller walks to the arrays of records and takes
 * each record as a small tree, so a file of a million records is never a tree of a million. The
 * parser itself refuses a document nested deeper, or a string or name longer, than the limits
 * allow; a record is cut off at the limit of values it may hold.
 */
final class JsonStream implements AutoCloseable {

    private final ExportLimits limits;
    private final Counting parser;
    private final JsonMapper json;
    private boolean stopped;

    private JsonStream(ExportLimits limits, JsonParser parser, JsonMapper json) {
        this.limits = limits;
        this.parser = new Counting(parser, limits);
        this.json = json;
    }

    static JsonStream open(Path file, ExportLimits limits) {
        var json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxCellLength()).maxNameLength(limits.maxCellLength()).build());
        try {
            var reader = ExportReader.utf8(file);
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return new JsonStream(limits, json.getFactory().createParser(reader), json);
        } catch (IOException e) {
            throw failure(e, limits);
        }
    }

    /** The document's first token: where its records are depends on it. */
    JsonToken start() {
        return call(parser::nextToken);
    }

    /**
     * For each field of the object at hand: {@code take} reads its value or answers false to skip
     * it, and may {@link #stop()} the walk once it found what it looked for.
     */
    void eachField(Predicate<String> take) {
        call(() -> {
            while (!stopped && parser.nextToken() == JsonToken.FIELD_NAME) {
                var name = parser.currentName();
                parser.nextToken();
                if (!take.test(name) && !stopped) {
                    parser.skipChildren();
                }
            }
            return null;
        });
    }

    /** Ends the walk: nothing more of the document is read. */
    void stop() {
        stopped = true;
    }

    /** Each element of the array at hand, as a tree of at most {@code max-cells} values. */
    void eachElement(Consumer<JsonNode> each) {
        var element = call(() -> parser.nextToken() == JsonToken.END_ARRAY ? null : tree());
        while (element != null) {
            each.accept(element);
            element = call(() -> parser.nextToken() == JsonToken.END_ARRAY ? null : tree());
        }
    }

    /** The first element of the array at hand, or null when it is empty; the rest is left unread. */
    JsonNode firstElement() {
        return call(() -> parser.nextToken() == JsonToken.END_ARRAY ? null : tree());
    }

    JsonToken token() {
        return parser.currentToken();
    }

    private JsonNode tree() throws IOException {
        parser.values = 0;
        return json.readTree(parser);
    }

    @Override
    public void close() {
        call(() -> {
            parser.close();
            return null;
        });
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private <T> T call(Call<T> step) {
        try {
            return step.run();
        } catch (IOException e) {
            throw failure(e, limits);
        }
    }

    private static RuntimeException failure(IOException e, ExportLimits limits) {
        if (e instanceof StreamConstraintsException c) {
            if (c.getMessage().startsWith("Document nesting depth")) {
                return ExportLimits.tooDeep(limits.maxNestingDepth());
            }
            return c.getMessage().startsWith("Number") ? new UnreadableExport("the JSON holds a number of more than "
                    + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits") : limits.tooLong("the JSON");
        }
        if (e instanceof CharacterCodingException) {
            return ExportReader.unreadableText(e);
        }
        if (e instanceof JsonProcessingException j) {
            var at = j.getLocation() == null ? "" : " at line " + j.getLocation().getLineNr();
            return new UnreadableExport("not JSON: " + j.getOriginalMessage() + at);
        }
        return new UncheckedIOException(e);
    }

    /** Counts the values a record holds as the tree reader takes them. */
    private static final class Counting extends JsonParserDelegate {

        private final ExportLimits limits;
        int values;

        Counting(JsonParser parser, ExportLimits limits) {
            super(parser);
            this.limits = limits;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            var token = super.nextToken();
            if (token != null && token.isScalarValue() && ++values > limits.maxCells()) {
                throw limits.tooManyCells("record at line " + currentLocation().getLineNr());
            }
            return token;
        }
    }
}
