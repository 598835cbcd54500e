package org.a6gateway.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags on the API's reads: a GET answers with an ETag of its body, and a repeated GET with
 * {@code If-None-Match} gets 304 without the body, so an integrator polling a page saves the
 * transfer. The filter buffers the body to hash it, so file downloads opt out ({@link #notForFiles()}).
 */
@Configuration(proxyBeanMethods = false)
class ETags {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiETags() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/*");
        registration.setName("apiETags");
        return registration;
    }

    /** A report or an export can be large: streamed as it is, without being held in memory for an ETag. */
    static void notForFiles() {
        var current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        ShallowEtagHeaderFilter.disableContentCaching(current.getRequest());
    }
}
