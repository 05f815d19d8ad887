package com.empowerfitness.guide.i18n;

import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Each controller method mapped to a pattern of {@link LocalizedPaths}' table also answers the localized
 * patterns ({@code /articles/{slug}} also {@code /es/articulos/{slug}}), so a language is added with its table and
 * no controller changes. A pattern a controller maps itself is not added twice.
 */
class LocalizedRequestMappings implements WebMvcRegistrations {

    private final LocalizedPaths paths;

    LocalizedRequestMappings(LocalizedPaths paths) {
        this.paths = paths;
    }

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new RequestMappingHandlerMapping() {
            @Override
            protected RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
                RequestMappingInfo info = super.getMappingForMethod(method, handlerType);
                if (info == null) {
                    return null;
                }
                Set<String> patterns = new LinkedHashSet<>(info.getPatternValues());
                for (String pattern : info.getPatternValues()) {
                    patterns.addAll(paths.localizedPatterns(pattern));
                }
                if (patterns.size() == info.getPatternValues().size()) {
                    return info;
                }
                return info.mutate().paths(patterns.toArray(String[]::new)).build();
            }
        };
    }
}
