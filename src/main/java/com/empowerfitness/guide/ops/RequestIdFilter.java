package com.empowerfitness.guide.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request id in every log line a request causes ({@code requestId} in the MDC: in the JSON logs' fields and in
 * the plain pattern) and in the {@code X-Request-Id} response header, so that a visitor's or an operator's report
 * leads to the lines. The id is always made here, random: a header sent by a client could carry anything, even
 * personal data, and is never copied into logs.
 */
@Configuration(proxyBeanMethods = false)
class RequestIdFilter {

    static final String HEADER = "X-Request-Id";

    static final String MDC_KEY = "requestId";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestIdFilterRegistration() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.setName("requestIdFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String id = UUID.randomUUID().toString();
            MDC.put(MDC_KEY, id);
            try {
                response.setHeader(HEADER, id);
                chain.doFilter(request, new OwnIdOnly(response));
            } finally {
                MDC.remove(MDC_KEY);
            }
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }
    }

    /**
     * Keeps this request's id: the page cache replays the headers of the response it stored, which include the
     * id of the request that rendered it.
     */
    private static final class OwnIdOnly extends HttpServletResponseWrapper {

        OwnIdOnly(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!HEADER.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
