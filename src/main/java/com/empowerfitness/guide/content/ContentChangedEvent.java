package com.empowerfitness.guide.content;

/**
 * Published after a content load that inserted, updated or removed anything, so caches of rendered pages can be
 * dropped. {@code changedPaths}: the content files of that load (relative paths); caches drop everything.
 */
public record ContentChangedEvent(java.util.Set<String> changedPaths) {}
