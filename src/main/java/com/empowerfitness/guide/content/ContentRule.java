package com.empowerfitness.guide.content;

/**
 * A check on a file that needs more than the file itself (its history, for instance). Every rule bean runs after
 * the front matter is read, at load and in the browser editor's check alike; a rule reports a problem by
 * throwing a {@link ContentException} with the file's line.
 */
public interface ContentRule {

    void check(ContentFile file, FrontMatter frontMatter);
}
