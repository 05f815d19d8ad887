package com.empowerfitness.guide.i18n;

import com.empowerfitness.guide.config.GuideProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The guide's languages and the path-based locale. A {@link WebMvcConfigurer}, so web slice tests get it too
 * (with the default languages, as they have no configuration properties).
 */
@Configuration(proxyBeanMethods = false)
class I18nConfig implements WebMvcConfigurer {

    @Bean
    Languages languages(ObjectProvider<GuideProperties> properties) {
        return Languages.of(properties.getIfAvailable(GuideProperties::defaults));
    }

    /** Named as the DispatcherServlet looks it up, which also replaces Spring Boot's Accept-Language resolver. */
    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(Languages languages) {
        return new PathLocaleResolver(languages);
    }
}
