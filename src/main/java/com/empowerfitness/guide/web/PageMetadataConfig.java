package com.empowerfitness.guide.web;

import com.empowerfitness.guide.booking.ClinicProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Canonical links, Open Graph and JSON-LD for the public pages (not the staff area). */
@Configuration(proxyBeanMethods = false)
class PageMetadataConfig implements WebMvcConfigurer {

    private final PageMetadataInterceptor interceptor;

    PageMetadataConfig(
            @Value("${guide.base-url:http://localhost:8080}") String baseUrl,
            @Value("${guide.site-name:Empower Fitness}") String siteName,
            ObjectProvider<ClinicProperties> clinicProperties) {
        // Web slice tests have no configuration properties; the clinic's contact then falls back to the defaults.
        ClinicProperties clinic = clinicProperties.getIfAvailable(
                () -> new ClinicProperties("(555) 010-0199", "hello@empowerfitness.example"));
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.interceptor = new PageMetadataInterceptor(base, siteName, new StructuredData(base, siteName, clinic));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor).excludePathPatterns("/staff/**", "/login");
    }
}
