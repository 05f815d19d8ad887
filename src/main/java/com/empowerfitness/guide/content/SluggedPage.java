package com.empowerfitness.guide.content;

/** A stored page addressed by a slug (an article or an exercise), with its source and review details. */
public interface SluggedPage {

    PageInfo getPage();
}
