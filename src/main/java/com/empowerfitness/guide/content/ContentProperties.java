package com.empowerfitness.guide.content;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The content settings under {@code guide.*}. Other features may bind their own records to the same prefix.
 *
 * @param contentDir the folder holding the guide's Markdown files (env {@code GUIDE_CONTENT_DIR})
 */
@ConfigurationProperties("guide")
public record ContentProperties(@DefaultValue("content") Path contentDir) {}
