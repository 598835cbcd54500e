package org.a6gateway.feeds;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The JSON reading of every registry client: Boot's mapper, with {@link StreamReadConstraints}
 * that bound a page's size, nesting and strings ({@link IngestLimits}). Pages are read as a tree
 * and bound record by record, so one record of the wrong shape never costs the rest of its page.
 */
@Component
public class UpstreamJson {

    private final ObjectMapper mapper;

    public UpstreamJson(ObjectMapper boot, IngestLimits limits) {
        this.mapper = boot.copy();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxPageBytes())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .build());
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** A registry client whose JSON is read only through the bounded mapper. */
    public RestClient restClient(RestClient.Builder builder) {
        return builder.messageConverters(converters -> {
            converters.removeIf(c -> c instanceof MappingJackson2HttpMessageConverter);
            converters.add(0, new MappingJackson2HttpMessageConverter(mapper));
        }).build();
    }

    /** Binds one record already checked by the adapter; unknown fields are ignored (Boot's default). */
    public <T> T bind(JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }
}
