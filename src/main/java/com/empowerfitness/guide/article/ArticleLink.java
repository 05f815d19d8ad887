package com.empowerfitness.guide.article;

/** What a contents list needs of an article. */
public record ArticleLink(String slug, String title, String summary) {

    /** The article's address. */
    public String url() {
        return ArticleContentType.urlOf(slug);
    }
}
