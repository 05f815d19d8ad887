package com.empowerfitness.guide.config;

import java.util.Map;
import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Serves {@code /manifest.webmanifest} with its registered type; neither Tomcat nor Spring Boot knows it. */
@Configuration(proxyBeanMethods = false)
public class WebManifestConfig {

    public static final String MANIFEST_TYPE = "application/manifest+json";

    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> webManifestMimeType() {
        return factory -> factory.addMimeMappings(new MimeMappings(Map.of("webmanifest", MANIFEST_TYPE)));
    }
}
