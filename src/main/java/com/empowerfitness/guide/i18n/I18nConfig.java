package com.empowerfitness.guide.i18n;

import com.empowerfitness.guide.config.GuideProperties;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The guide's languages, their addresses and the path-based locale. A {@link WebMvcConfigurer}, so web slice
 * tests get it too (with the default languages, as they have no configuration properties).
 */
@Configuration(proxyBeanMethods = false)
class I18nConfig implements WebMvcConfigurer {

    @Bean
    Languages languages(ObjectProvider<GuideProperties> properties) {
        return Languages.of(properties.getIfAvailable(GuideProperties::defaults));
    }

    @Bean
    LocalizedPaths localizedPaths(Languages languages) {
        return LocalizedPaths.load(languages);
    }

    /** Named as the DispatcherServlet looks it up, which also replaces Spring Boot's Accept-Language resolver. */
    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(Languages languages) {
        return new PathLocaleResolver(languages);
    }

    /** A controller method may take the request's {@link Language} as a parameter. */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Language.class;
            }

            @Override
            public Object resolveArgument(
                    MethodParameter parameter,
                    ModelAndViewContainer container,
                    NativeWebRequest request,
                    WebDataBinderFactory binders) {
                return languagesFor(request).of(request.getNativeRequest(HttpServletRequest.class));
            }
        });
    }

    private static Languages languagesFor(NativeWebRequest request) {
        HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
        return WebApplicationContextUtils.findWebApplicationContext(servlet.getServletContext())
                .getBean(Languages.class);
    }

    @Bean
    LocalizedRequestMappings localizedRequestMappings(LocalizedPaths paths) {
        return new LocalizedRequestMappings(paths);
    }

    @Bean
    FilterRegistrationBean<LocalizedLinksFilter> localizedLinksFilter(LocalizedPaths paths) {
        FilterRegistrationBean<LocalizedLinksFilter> registration =
                new FilterRegistrationBean<>(new LocalizedLinksFilter(paths));
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR);
        return registration;
    }
}
