package com.empowerfitness.guide.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One h2 section of an article, for the "On this page" list. */
@Embeddable
public class TocEntry {

    @Column(nullable = false)
    private String anchor;

    @Column(nullable = false)
    private String heading;

    protected TocEntry() {}

    TocEntry(String anchor, String heading) {
        this.anchor = anchor;
        this.heading = heading;
    }

    public String getAnchor() {
        return anchor;
    }

    public String getHeading() {
        return heading;
    }
}
