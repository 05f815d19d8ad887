package com.empowerfitness.guide.seo;

import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.i18n.Languages;
import com.empowerfitness.guide.i18n.LocalizedPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Canonical links, Open Graph and JSON-LD for the pages that describe themselves ({@link PageDescription}). */
@Configuration(proxyBeanMethods = false)
class PageMetadataConfig implements WebMvcConfigurer {

    private final PageMetadataInterceptor interceptor;

    PageMetadataConfig(
            ObjectProvider<GuideProperties> properties, ObjectProvider<LocalizedPaths> paths, MessageSource messages) {
        // Web slice tests have no configuration properties; the site then has the defaults.
        GuideProperties site = properties.getIfAvailable(GuideProperties::defaults);
        this.interceptor = new PageMetadataInterceptor(
                site.baseUrl(),
                site.siteName(),
                new StructuredData(site.baseUrl(), site.siteName(), site.clinic()),
                paths.getIfAvailable(() -> LocalizedPaths.load(Languages.of(site))),
                messages);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor);
    }
}
