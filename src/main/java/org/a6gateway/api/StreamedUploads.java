package org.a6gateway.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A request body the contract types as a file ({@code Resource}) reaches its operation as the
 * request's own stream. Spring's converter would read it into a byte array first: a registry's
 * export of a hundred megabytes, or a body sent without a length and never ending, on the heap.
 */
@Configuration(proxyBeanMethods = false)
class StreamedUploads implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(0, new Upload());
    }

    private static final class Upload extends AbstractHttpMessageConverter<Resource> {

        Upload() {
            super(MediaType.ALL);
        }

        @Override
        protected boolean supports(Class<?> type) {
            return type == Resource.class;
        }

        @Override
        protected boolean canWrite(MediaType mediaType) {
            return false;
        }

        @Override
        protected Resource readInternal(Class<? extends Resource> type, HttpInputMessage message) throws IOException {
            InputStream body = message.getBody();
            return new InputStreamResource(body);
        }

        @Override
        protected void writeInternal(Resource resource, HttpOutputMessage message) {
            throw new UnsupportedOperationException("an upload is read, never written");
        }
    }
}
