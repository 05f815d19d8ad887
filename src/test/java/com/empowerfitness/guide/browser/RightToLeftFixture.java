package com.empowerfitness.guide.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The right-to-left test language ({@code ar}, with {@code src/test/resources/i18n/messages_ar.properties}):
 * its pages are the English addresses under {@code /ar}, mapped to the same controller methods, as a new
 * language's own addresses would be. Only for tests; no published edition has it.
 */
@TestConfiguration(proxyBeanMethods = false)
class RightToLeftFixture {

    static final String PREFIX = "/ar";

    /** The English addresses the fixture language gets (and everything below them). */
    private static final Set<String> PATHS = Set.of("/book", "/exercises", "/privacy");

    @Bean
    SmartInitializingSingleton rightToLeftAddresses(RequestMappingHandlerMapping mappings) {
        return () -> {
            List<Map.Entry<RequestMappingInfo, HandlerMethod>> copies = new ArrayList<>();
            mappings.getHandlerMethods().forEach((info, method) -> {
                List<String> prefixed = info.getPatternValues().stream()
                        .filter((path) -> PATHS.stream().anyMatch((p) -> path.equals(p) || path.startsWith(p + "/")))
                        .map((path) -> PREFIX + path)
                        .toList();
                if (!prefixed.isEmpty()) {
                    RequestMappingInfo copy = info.mutate()
                            .paths(prefixed.toArray(String[]::new))
                            .options(mappings.getBuilderConfiguration())
                            .build();
                    copies.add(Map.entry(copy, method));
                }
            });
            copies.forEach((entry) -> mappings.registerMapping(
                    entry.getKey(), entry.getValue().getBean(), entry.getValue().getMethod()));
        };
    }
}
