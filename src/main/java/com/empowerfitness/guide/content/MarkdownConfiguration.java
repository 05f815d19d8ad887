package com.empowerfitness.guide.content;

import com.empowerfitness.guide.config.GuideProperties;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** flexmark's parser and renderer, configured once: both are immutable and thread-safe. */
@Configuration(proxyBeanMethods = false)
public class MarkdownConfiguration {

    static DataHolder options() {
        return new MutableDataSet()
                .set(
                        Parser.EXTENSIONS,
                        List.of(
                                YamlFrontMatterExtension.create(),
                                AdmonitionExtension.create(),
                                TablesExtension.create()))
                // Every heading gets an id so contents lists and FAQ answers can be linked to.
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .toImmutable();
    }

    @Bean
    Parser markdownParser() {
        return Parser.builder(options()).build();
    }

    /** The images folder beside the Markdown files, where uploads and their copies are stored. */
    @Bean
    ResponsiveImages responsiveImages(GuideProperties properties) {
        return new ResponsiveImages(
                properties.contentDir().toAbsolutePath().normalize().resolve("images"));
    }

    @Bean
    HtmlRenderer markdownRenderer() {
        return HtmlRenderer.builder(options()).build();
    }
}
