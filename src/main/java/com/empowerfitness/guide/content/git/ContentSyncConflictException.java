package com.empowerfitness.guide.content.git;

/**
 * Someone pushed a change to the same file first: this instance's commit was taken back and the folder holds
 * their version now ({@link #theirs()}, null when they deleted it). The editor's text is theirs to keep.
 */
public class ContentSyncConflictException extends RuntimeException {

    private final String path;

    private final String theirs;

    public ContentSyncConflictException(String path, String theirs) {
        super(path + " was changed on another instance first");
        this.path = path;
        this.theirs = theirs;
    }

    public String path() {
        return this.path;
    }

    public String theirs() {
        return this.theirs;
    }
}
