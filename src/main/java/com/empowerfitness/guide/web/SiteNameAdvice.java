package com.empowerfitness.guide.web;

import com.empowerfitness.guide.config.GuideProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code siteName} ({@code guide.site-name}) in the model of every page, the error pages too, so that no template
 * writes the clinic's name itself.
 */
@ControllerAdvice
class SiteNameAdvice {

    static final String ATTRIBUTE = "siteName";

    private final String siteName;

    SiteNameAdvice(ObjectProvider<GuideProperties> properties) {
        // Web slice tests have no configuration properties; the site then has the defaults.
        this.siteName = properties.getIfAvailable(GuideProperties::defaults).siteName();
    }

    @ModelAttribute(ATTRIBUTE)
    String siteName() {
        return siteName;
    }
}
